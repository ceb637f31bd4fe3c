import { executiveTitle, lgoPosterSubject, provincePosterSubject, type PosterSubject } from '../content/announcement';
import { provinceTitle } from '../content/grouping';
import type { Lgo, Province } from '../content/load-content';
import { BANNER_SIZES, bannerFile, KIT_FILES, paths, SHARE_SIZES, STORY_PREVIEW_SIZE, type KitFile } from '../web/paths';
import type { AnnouncementSubject, KitCampaign, KitSubject, Paper } from '../render/templates';
import { findEmblem } from '../render/emblem';
import type { Site } from '../content/site';
import { formatBuddhistDate, thaiDateParts } from '../thai/date';
import { t } from '../../i18n';
import { broadcastInput, districtKitJobs, lgoWordJobs, provinceLetterJobs } from './letter-jobs';
import type { DistributionRow } from './distribution-list';
import type { LetterSpec } from '../docx/letter';
import type { AnnouncementDocxSpec } from '../docx/announcement';
import type { BroadcastInput } from '../content/broadcast';
import { allDistricts } from '../content/district-groups';

/** Who signs a ประกาศ and when, besides what every document says. */

/** Width in pixels of the poster and ประกาศ previews shown on pages (about 30–50 KB each as PNG). */
export const PREVIEW_WIDTH = 600;

/** What to draw; plain data, so it can be hashed for the cache and sent to a worker. */
export type KitSpec =
  | { template: 'poster'; paper: Paper; subjects: KitSubject[]; title: string }
  | { template: 'announcement'; subject: AnnouncementSubject; title: string }
  | { template: 'share'; subject: Pick<KitSubject, 'name'>; width: number; height: number }
  | { template: 'story'; subject: Pick<KitSubject, 'name'>; width: number; height: number }
  /** The story drawn small (`previewWidth` px wide) for its thumbnail on the kit page. */
  | { template: 'storyPreview'; subject: Pick<KitSubject, 'name'>; width: number; height: number; previewWidth: number }
  /** A small PNG of the A4 poster or the ประกาศ, drawn from the same Page as the PDF. */
  | { template: 'posterPreview'; subject: KitSubject; width: number }
  | { template: 'announcementPreview'; subject: AnnouncementSubject; width: number }
  | { template: 'banner'; width: number; height: number }
  /** The QR for the foot of a letter, leading to a staff page on our own site. */
  | { template: 'letter-qr'; format: 'svg' | 'png' | 'pdf'; url: string; title: string }
  /** Every LGO of a province or district, for mail merge and checking off. */
  | { template: 'distribution'; format: 'csv' | 'xlsx'; sheet: string; rows: DistributionRow[] }
  | { template: 'letter-docx'; letter: Omit<LetterSpec, 'qrPng'> }
  | { template: 'announcement-docx'; announcement: Omit<AnnouncementDocxSpec, 'qrPng'> }
  | { template: 'broadcast'; input: BroadcastInput };

export interface KitJob {
  /** Site path of the file, e.g. /kit/lgo/pao-chachoengsao/poster-a4.pdf. */
  path: string;
  spec: KitSpec;
  campaign: KitCampaign;
  /** True when SITE_URL is not set: every page gets the draft mark (part of the cache key). */
  draft: boolean;
}

/** Without SITE_URL documents would print a placeholder address: they are drafts and carry the draft mark. */
export function isDraft(site: Site): boolean {
  return site.config.siteUrlIsDefault;
}

/** The campaign as documents print it. */
export function kitCampaign(site: Site): KitCampaign {
  return {
    title: site.campaign.title,
    summary: site.campaign.summary,
    subjects: site.campaign.subjects.map((s) => s.title),
    websiteUrl: site.channels.website.url,
    appName: site.channels.app.name,
  };
}

/** A poster subject as documents print it: phone numbers and the date as text. */
function kitSubject(subject: PosterSubject): KitSubject {
  return {
    name: subject.name,
    where: subject.where,
    contacts: subject.contacts.map((c) => ({ name: c.name, phone: c.phone.display })),
    dateText: t('lgo.announcedOn', { date: formatBuddhistDate(subject.announcementDate) }),
    pageUrl: subject.pageUrl,
  };
}

const lgoSubject = (site: Site, lgo: Lgo) => kitSubject(lgoPosterSubject(site, lgo));

const at = (folder: string, file: KitFile) => `${folder}${KIT_FILES[file]}`;

/** The share images of a kit folder: link preview, square post, story and the story's thumbnail. */
function shareJobs(folder: string, name: string, campaign: KitCampaign, draft: boolean): KitJob[] {
  return [
    ...(['share', 'post'] as const).map((file): KitJob => ({
      path: at(folder, file),
      campaign,
      draft,
      spec: { template: 'share', subject: { name }, ...SHARE_SIZES[file] },
    })),
    { path: at(folder, 'story'), campaign, draft, spec: { template: 'story', subject: { name }, ...SHARE_SIZES.story } },
    {
      path: at(folder, 'storyPreview'),
      campaign,
      draft,
      spec: { template: 'storyPreview', subject: { name }, ...SHARE_SIZES.story, previewWidth: STORY_PREVIEW_SIZE.width * 2 },
    },
  ];
}

/** Every file of one LGO's kit. */
export function lgoJobs(site: Site, lgo: Lgo, campaign = kitCampaign(site)): KitJob[] {
  const folder = paths.lgoKit(lgo);
  const draft = isDraft(site);
  const subject = lgoSubject(site, lgo);
  const title = t('doc.posterTitle', { name: lgo.nameTh });
  const signed: AnnouncementSubject = {
    ...subject,
    executiveTitle: executiveTitle(lgo),
    dateParts: thaiDateParts(lgo.announcementDate),
    signatoryName: lgo.signatoryName,
    signatoryTitle: lgo.signatoryTitle,
    emblem: findEmblem(site.config.contentDir, lgo.id),
  };
  return [
    { path: at(folder, 'posterA4'), campaign, draft, spec: { template: 'poster', paper: 'A4', subjects: [subject], title } },
    { path: at(folder, 'posterA3'), campaign, draft, spec: { template: 'poster', paper: 'A3', subjects: [subject], title } },
    { path: at(folder, 'announcement'), campaign, draft, spec: { template: 'announcement', title: t('doc.announcementTitle', { name: lgo.nameTh }), subject: signed } },
    { path: at(folder, 'posterPreview'), campaign, draft, spec: { template: 'posterPreview', subject, width: PREVIEW_WIDTH } },
    { path: at(folder, 'announcementPreview'), campaign, draft, spec: { template: 'announcementPreview', subject: signed, width: PREVIEW_WIDTH } },
    ...shareJobs(folder, lgo.nameTh, campaign, draft),
    ...lgoWordJobs(site, lgo, campaign),
    { path: at(folder, 'broadcast'), campaign, draft, spec: { template: 'broadcast', input: broadcastInput(site, lgo) } },
  ];
}

/** Every file of one province's kit, including the bundle of all its LGOs' posters. */
export function provinceJobs(site: Site, province: Province, campaign = kitCampaign(site)): KitJob[] {
  const folder = paths.provinceKit(province);
  const draft = isDraft(site);
  const subject = kitSubject(provincePosterSubject(site, province));
  const title = t('doc.posterTitle', { name: provinceTitle(province) });
  const lgos = site.lgosByProvince.get(province.code) ?? [];
  const jobs: KitJob[] = [
    { path: at(folder, 'posterA4'), campaign, draft, spec: { template: 'poster', paper: 'A4', subjects: [subject], title } },
    { path: at(folder, 'posterA3'), campaign, draft, spec: { template: 'poster', paper: 'A3', subjects: [subject], title } },
    { path: at(folder, 'posterPreview'), campaign, draft, spec: { template: 'posterPreview', subject, width: PREVIEW_WIDTH } },
    ...shareJobs(folder, provinceTitle(province), campaign, draft),
  ];
  if (lgos.length) {
    jobs.push(bundleJob(site, folder, lgos, t('doc.bundleTitle', { province: provinceTitle(province) }), campaign));
    jobs.push(...provinceLetterJobs(site, province, campaign));
  }
  return jobs;
}

/** One A4 poster per LGO in one PDF: the province's and each district's bundle. */
export function bundleJob(site: Site, folder: string, lgos: readonly Lgo[], title: string, campaign: KitCampaign): KitJob {
  return { path: at(folder, 'bundle'), campaign, draft: isDraft(site), spec: { template: 'poster', paper: 'A4', subjects: lgos.map((l) => lgoSubject(site, l)), title } };
}

/**
 * The whole kit: home share images (link preview, post, story), shared
 * banners, every province and every LGO; drafts when SITE_URL is not set (see isDraft).
 */
export function allJobs(site: Site): KitJob[] {
  const campaign = kitCampaign(site);
  const home = paths.homeKit();
  const name = t('site.publisher');
  const draft = isDraft(site);
  return [
    ...shareJobs(home, name, campaign, draft),
    ...BANNER_SIZES.map(([width, height]): KitJob => ({ path: `${paths.banners()}${bannerFile([width, height])}`, campaign, draft, spec: { template: 'banner', width, height } })),
    ...site.provinces.flatMap((p) => provinceJobs(site, p, campaign)),
    ...allDistricts(site).flatMap((d) => districtKitJobs(site, d, campaign)),
    ...site.lgos.flatMap((l) => lgoJobs(site, l, campaign)),
  ];
}
