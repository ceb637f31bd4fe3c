import { lgoWhere, executiveTitle, posterContacts } from '../announcement';
import { provinceTitle } from '../grouping';
import type { Lgo, Province } from '../load-content';
import { absoluteUrl, BANNER_SIZES, bannerFile, KIT_FILES, paths, type KitFile } from '../paths';
import type { KitCampaign, KitSubject, Paper } from '../render/templates';
import { provinceOf, type Site } from '../site';
import { formatThaiDate, thaiDateParts } from '../thai-date';
import { t } from '../../i18n';

/** What to draw; plain data, so it can be hashed for the cache and sent to a worker. */
export type KitSpec =
  | { template: 'poster'; paper: Paper; subjects: KitSubject[]; title: string }
  | { template: 'announcement'; subject: KitSubject & { executiveTitle: string; dateParts: { day: string; month: string; year: string } }; title: string }
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

function lgoSubject(site: Site, lgo: Lgo): KitSubject {
  const province = provinceOf(site, lgo);
  return {
    name: lgo.nameTh,
    where: lgoWhere(site, lgo) || undefined,
    contacts: posterContacts(lgo, province).map((c) => ({ name: c.name, phone: c.phone.display })),
    dateText: t('lgo.announcedOn', { date: formatThaiDate(lgo.announcementDate) }),
    pageUrl: absoluteUrl(site.config.siteUrl, paths.lgo(lgo)),
  };
}

function provinceSubject(site: Site, province: Province): KitSubject {
  const title = provinceTitle(province);
  return {
    name: province.office?.name ?? title,
    where: province.office ? title : undefined,
    contacts: posterContacts(undefined, province).map((c) => ({ name: c.name, phone: c.phone.display })),
    dateText: t('lgo.announcedOn', { date: formatThaiDate(site.campaign.announcementDate) }),
    pageUrl: absoluteUrl(site.config.siteUrl, paths.province(province)),
  };
}

const at = (folder: string, file: KitFile) => `${folder}${KIT_FILES[file]}`;

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
        subject: { ...subject, executiveTitle: executiveTitle(lgo), dateParts: thaiDateParts(lgo.announcementDate) },
      },
    },
    { path: at(folder, 'share'), campaign, spec: { template: 'share', subject: { name: lgo.nameTh }, width: 1200, height: 630 } },
    { path: at(folder, 'post'), campaign, spec: { template: 'share', subject: { name: lgo.nameTh }, width: 1080, height: 1080 } },
  ];
}

/** Every file of one province's kit, including the bundle of all its LGOs' posters. */
export function provinceJobs(site: Site, province: Province, campaign = kitCampaign(site)): KitJob[] {
  const folder = paths.provinceKit(province);
  const subject = provinceSubject(site, province);
  const title = t('doc.posterTitle', { name: provinceTitle(province) });
  const lgos = site.lgosByProvince.get(province.code) ?? [];
  const jobs: KitJob[] = [
    { path: at(folder, 'posterA4'), campaign, spec: { template: 'poster', paper: 'A4', subjects: [subject], title } },
    { path: at(folder, 'posterA3'), campaign, spec: { template: 'poster', paper: 'A3', subjects: [subject], title } },
    { path: at(folder, 'share'), campaign, spec: { template: 'share', subject: { name: provinceTitle(province) }, width: 1200, height: 630 } },
    { path: at(folder, 'post'), campaign, spec: { template: 'share', subject: { name: provinceTitle(province) }, width: 1080, height: 1080 } },
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
    { path: at(home, 'share'), campaign, spec: { template: 'share', subject: { name }, width: 1200, height: 630 } },
    { path: at(home, 'post'), campaign, spec: { template: 'share', subject: { name }, width: 1080, height: 1080 } },
    ...BANNER_SIZES.map(([width, height]): KitJob => ({ path: `${paths.banners()}${bannerFile([width, height])}`, campaign, spec: { template: 'banner', width, height } })),
    ...site.provinces.flatMap((p) => provinceJobs(site, p, campaign)),
    ...site.lgos.flatMap((l) => lgoJobs(site, l, campaign)),
  ];
}
