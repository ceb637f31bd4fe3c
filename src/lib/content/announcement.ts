import { provinceTitle } from './grouping';
import type { Lgo, Province } from './load-content';
import { absoluteUrl, paths } from '../web/paths';
import type { PhoneNumber } from './phone';
import { provinceOf, type Site } from './site';
import { t } from '../../i18n';

/** "อำเภอเมืองฉะเชิงเทรา จังหวัดฉะเชิงเทรา", or just the province for province-wide bodies. */
export function lgoWhere(site: Site, lgo: Lgo): string {
  const province = provinceTitle(provinceOf(site, lgo));
  // Say the province once: กรุงเทพมหานคร is both the LGO and the province, and an อบจ.'s name ends with it.
  if (lgo.nameTh === province || lgo.nameTh.endsWith(province)) return '';
  return lgo.district ? `${t('province.district', { name: lgo.district })} ${province}` : province;
}

/** Phone lines a poster prints: the LGO's own, then its provincial office's. */
export function posterContacts(lgo: Lgo | undefined, province: Province): { name: string; phone: PhoneNumber }[] {
  const contacts: { name: string; phone: PhoneNumber }[] = [];
  if (lgo?.phone) contacts.push({ name: lgo.nameTh, phone: lgo.phone });
  if (province.office?.phone) contacts.push({ name: province.office.name, phone: province.office.phone });
  return contacts;
}

/** Who a poster is from and how to reach them: the same for the HTML poster page and the PDFs. */
export interface PosterSubject {
  /** Printed large: the LGO, or the provincial office (the province itself where there is none). */
  name: string;
  /** "อำเภอ… จังหวัด…" under the name. */
  where?: string;
  contacts: { name: string; phone: PhoneNumber }[];
  announcementDate: Date;
  /** Absolute URL of the page the poster belongs to. */
  pageUrl: string;
}

export function lgoPosterSubject(site: Site, lgo: Lgo): PosterSubject {
  return {
    name: lgo.nameTh,
    where: lgoWhere(site, lgo) || undefined,
    contacts: posterContacts(lgo, provinceOf(site, lgo)),
    announcementDate: lgo.announcementDate,
    pageUrl: absoluteUrl(site.config.siteUrl, paths.lgo(lgo)),
  };
}

export function provincePosterSubject(site: Site, province: Province): PosterSubject {
  const title = provinceTitle(province);
  return {
    name: province.office?.name ?? title,
    // The province under its office's name, unless the name already ends with it (สำนักงาน…จังหวัดฉะเชิงเทรา).
    where: province.office && !province.office.name.endsWith(title) ? title : undefined,
    contacts: posterContacts(undefined, province),
    announcementDate: site.campaign.announcementDate,
    pageUrl: absoluteUrl(site.config.siteUrl, paths.province(province)),
  };
}

/**
 * Who signs an LGO's announcement: its executive's title, e.g.
 * นายกเทศมนตรีเมืองฉะเชิงเทรา, นายกองค์การบริหารส่วนตำบล…, ผู้ว่าราชการกรุงเทพมหานคร.
 */
export function executiveTitle(lgo: Pick<Lgo, 'type' | 'nameTh'>): string {
  switch (lgo.type) {
    case 'bma':
      return 'ผู้ว่าราชการกรุงเทพมหานคร';
    case 'pattaya':
      return 'นายกเมืองพัทยา';
    case 'city':
    case 'town':
    case 'subdistrict':
      return `นายกเทศมนตรี${lgo.nameTh.replace(/^เทศบาล/, '')}`;
    default:
      return `นายก${lgo.nameTh}`;
  }
}
