import { executiveTitle, lgoPosterSubject, provincePosterSubject, type PosterSubject } from '../content/announcement';
import { provinceTitle } from '../content/grouping';
import type { Lgo, Province } from '../content/load-content';
import { BANNER_SIZES, bannerFile, KIT_FILES, paths, SHARE_SIZES, type KitFile } from '../web/paths';
import type { AnnouncementSubject, KitCampaign, KitSubject, Paper } from '../render/templates';
import { findEmblem } from '../render/emblem';
import type { Site } from '../content/site';
import { formatThaiDate, thaiDateParts } from '../thai/date';
import { t } from '../../i18n';

/** What to draw; plain data, so it can be hashed for the cache and sent to a worker. */
export type KitSpec =
  | { template: 'poster'; paper: Paper; subjects: KitSubject[]; title: string }
  | { template: 'announcement'; subject: AnnouncementSubject; title: string }
  | { template: 'share'; subject: Pick<KitSubject, 'name'>; width: number; height: number }
  | { template: 'banner'; width: number; height: number };

export interface KitJob {
  /** Site path of the file, e.g. /kit/lgo/pao-chachoengsao/poster-a4.pdf. */
  path: string;
  spec: KitSpec;
  campaign: KitCampaign;
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
    dateText: t('lgo.announcedOn', { date: formatThaiDate(subject.announcementDate) }),
    pageUrl: subject.pageUrl,
  };
}

const lgoSubject = (site: Site, lgo: Lgo) => kitSubject(lgoPosterSubject(site, lgo));

const at = (folder: string, file: KitFile) => `${folder}${KIT_FILES[file]}`;

/** The two share images of a kit folder: link preview and square post. */
function shareJobs(folder: string, name: string, campaign: KitCampaign): KitJob[] {
  return (['share', 'post'] as const).map((file) => ({
    path: at(folder, file),
    campaign,
    spec: { template: 'share', subject: { name }, ...SHARE_SIZES[file] },
  }));
}

/** Every file of one LGO's kit. */
export function lgoJobs(site: Site, lgo: Lgo, campaign = kitCampaign(site)): KitJob[] {
  const folder = paths.lgoKit(lgo);
  const subject = lgoSubject(site, lgo);
  const title = t('doc.posterTitle', { name: lgo.nameTh });
  return [
    { path: at(folder, 'posterA4'), campaign, spec: { template: 'poster', paper: 'A4', subjects: [subject], title } },
    { path: at(folder, 'posterA3'), campaign, spec: { template: 'poster', paper: 'A3', subjects: [subject], title } },
    {
      path: at(folder, 'announcement'),
      campaign,
      spec: {
        template: 'announcement',
        title: t('doc.announcementTitle', { name: lgo.nameTh }),
        subject: {
          ...subject,
          executiveTitle: executiveTitle(lgo),
          dateParts: thaiDateParts(lgo.announcementDate),
          signatoryName: lgo.signatoryName,
          signatoryTitle: lgo.signatoryTitle,
          emblem: findEmblem(site.config.contentDir, lgo.id),
        },
      },
    },
    ...shareJobs(folder, lgo.nameTh, campaign),
  ];
}

/** Every file of one province's kit, including the bundle of all its LGOs' posters. */
export function provinceJobs(site: Site, province: Province, campaign = kitCampaign(site)): KitJob[] {
  const folder = paths.provinceKit(province);
  const subject = kitSubject(provincePosterSubject(site, province));
  const title = t('doc.posterTitle', { name: provinceTitle(province) });
  const lgos = site.lgosByProvince.get(province.code) ?? [];
  const jobs: KitJob[] = [
    { path: at(folder, 'posterA4'), campaign, spec: { template: 'poster', paper: 'A4', subjects: [subject], title } },
    { path: at(folder, 'posterA3'), campaign, spec: { template: 'poster', paper: 'A3', subjects: [subject], title } },
    ...shareJobs(folder, provinceTitle(province), campaign),
  ];
  if (lgos.length) {
    jobs.push({
      path: at(folder, 'bundle'),
      campaign,
      spec: { template: 'poster', paper: 'A4', subjects: lgos.map((l) => lgoSubject(site, l)), title: t('doc.bundleTitle', { province: provinceTitle(province) }) },
    });
  }
  return jobs;
}

/** The whole kit: home share images, shared banners, every province and every LGO. */
export function allJobs(site: Site): KitJob[] {
  const campaign = kitCampaign(site);
  const home = paths.homeKit();
  const name = t('site.publisher');
  return [
    ...shareJobs(home, name, campaign),
    ...BANNER_SIZES.map(([width, height]): KitJob => ({ path: `${paths.banners()}${bannerFile([width, height])}`, campaign, spec: { template: 'banner', width, height } })),
    ...site.provinces.flatMap((p) => provinceJobs(site, p, campaign)),
    ...site.lgos.flatMap((l) => lgoJobs(site, l, campaign)),
  ];
}
