import { executiveTitle } from '../content/announcement';
import type { BroadcastInput } from '../content/broadcast';
import { districtTitle } from '../content/districts';
import { provinceDistricts, type DistrictEntry } from '../content/district-groups';
import { provinceTitle } from '../content/grouping';
import { LGO_TYPE_INFO, LGO_TYPES, type LgoType } from '../content/lgo-types';
import type { Lgo, Province } from '../content/load-content';
import { provinceOf, type Site } from '../content/site';
import type { KitCampaign } from '../render/templates';
import { dopaProvinceCode, geography } from '../thai/geography';
import { thaiDateParts } from '../thai/date';
import { toThaiDigits } from '../thai/text';
import { absoluteUrl, KIT_FILES, paths, type KitFile } from '../web/paths';
import { t } from '../../i18n';
import type { DistributionRow } from './distribution-list';
import { bundleJob, isDraft, type KitJob } from './jobs';
import { assertStaffQrTarget } from './letter-qr';

/**
 * The letter kit's files: the QR for the foot of the letter, the
 * distribution list, the draft letter, per province and per district; and
 * per LGO its ประกาศ as Word and its broadcast script.
 */

const at = (folder: string, file: KitFile) => `${folder}${KIT_FILES[file]}`;

/** The ประกาศ of an LGO as an editable Word file. */
export function lgoWordJobs(site: Site, lgo: Lgo, campaign: KitCampaign): KitJob[] {
  return [
    {
      path: at(paths.lgoKit(lgo), 'announcementDocx'),
      campaign,
      draft: isDraft(site),
      spec: {
        template: 'announcement-docx',
        announcement: {
          font: site.letter.fontFor(lgo.provinceCode),
          name: lgo.nameTh,
          executiveTitle: lgo.signatoryTitle ?? executiveTitle(lgo),
          signatoryName: lgo.signatoryName,
          dateParts: thaiDateParts(lgo.announcementDate),
          campaign: { websiteUrl: campaign.websiteUrl, appName: campaign.appName, subjects: campaign.subjects },
        },
      },
    },
  ];
}

/** What the broadcast script of an LGO says; the phone line is the LGO's own, else its provincial office's, else none. */
export function broadcastInput(site: Site, lgo: Lgo): BroadcastInput {
  const office = provinceOf(site, lgo).office;
  const contact = lgo.phone ? { name: lgo.nameTh, phone: lgo.phone.display } : office?.phone ? { name: office.name, phone: office.phone.display } : undefined;
  return {
    name: lgo.nameTh,
    websiteUrl: site.channels.website.url,
    appName: site.channels.app.name,
    subjects: site.campaign.subjects.map((s) => s.title),
    contact,
  };
}

/** One row of a distribution list, every URL absolute. */
export function distributionRow(site: Site, lgo: Lgo): DistributionRow {
  const url = (path: string) => absoluteUrl(site.config.siteUrl, path);
  return {
    name: lgo.nameTh,
    type: LGO_TYPE_INFO[lgo.type].full,
    district: lgo.district ?? '',
    pageUrl: url(paths.lgo(lgo)),
    kitUrl: url(paths.lgoStaffKit(lgo)),
    posterUrl: url(at(paths.lgoKit(lgo), 'posterA4')),
  };
}

/** A province's LGOs in list order: province-wide bodies, then district by district. */
export function provinceLgosInOrder(site: Site, province: Province): Lgo[] {
  const { provinceWide, districts } = provinceDistricts(site, province);
  return [...provinceWide, ...districts.flatMap((d) => d.lgos)];
}

interface LetterKitInput {
  folder: string;
  staffPath: string;
  sheet: string;
  lgos: readonly Lgo[];
  province: Province;
  office: string;
  to: string;
  reference: string;
  area: string;
  contact: { unit: string; phone?: string; email?: string };
}

/** QR (SVG, PNG, PDF), distribution list (XLSX, CSV) and draft letter of one office. */
function letterKitJobs(site: Site, input: LetterKitInput, campaign: KitCampaign): KitJob[] {
  const staffUrl = absoluteUrl(site.config.siteUrl, input.staffPath);
  assertStaffQrTarget(staffUrl, site.config.siteUrl);
  const title = t('staff.qrTitle', { area: input.area });
  const rows = input.lgos.map((l) => distributionRow(site, l));
  const qr = (file: KitFile, format: 'svg' | 'png' | 'pdf'): KitJob => ({ path: at(input.folder, file), campaign, draft: isDraft(site), spec: { template: 'letter-qr', format, url: staffUrl, title } });
  return [
    qr('letterQrSvg', 'svg'),
    qr('letterQrPng', 'png'),
    qr('letterQrPdf', 'pdf'),
    { path: at(input.folder, 'distributionXlsx'), campaign, draft: isDraft(site), spec: { template: 'distribution', format: 'xlsx', sheet: input.sheet, rows } },
    { path: at(input.folder, 'distributionCsv'), campaign, draft: isDraft(site), spec: { template: 'distribution', format: 'csv', sheet: input.sheet, rows } },
    {
      path: at(input.folder, 'letterDocx'),
      campaign,
      draft: isDraft(site),
      spec: {
        template: 'letter-docx',
        letter: {
          font: site.letter.fontFor(input.province.code),
          office: input.office,
          to: input.to,
          reference: input.reference,
          area: input.area,
          lgoCount: input.lgos.length,
          year: toThaiDigits(thaiDateParts(site.campaign.announcementDate).year),
          campaign: { websiteUrl: campaign.websiteUrl, appName: campaign.appName, subjects: campaign.subjects },
          contact: input.contact,
          staffUrl,
        },
      },
    },
  ];
}

/**
 * Whom a letter is addressed to (เรียน …), from the LGOs it goes to: the
 * executive of each type among them, by name when the letter goes to only one
 * of that type, else by title and ทุกแห่ง; first the district chiefs
 * (นายอำเภอ) when the province writes through them. Names no type that is
 * not among the recipients.
 */
export function letterAddressee(recipients: readonly Lgo[], area: string, withDistrictChiefs: boolean): string {
  const byType = new Map<LgoType, Lgo[]>();
  for (const lgo of recipients) {
    const same = byType.get(lgo.type);
    if (same) same.push(lgo);
    else byType.set(lgo.type, [lgo]);
  }
  const types = LGO_TYPES.filter((type) => byType.has(type));
  const several = types.some((type) => byType.get(type)!.length > 1);
  const parts = [
    ...(withDistrictChiefs ? [t('letter.toDistrictChiefs')] : []),
    ...types.map((type) => {
      const lgos = byType.get(type)!;
      return lgos.length === 1 ? executiveTitle(lgos[0]!) : t(`letter.executive.${type}`);
    }),
  ];
  // Thai lists: "ก ข และค".
  const to = parts.length > 1 ? `${parts.slice(0, -1).join(' ')} ${t('letter.toAnd')}${parts.at(-1)}` : (parts[0] ?? '');
  if (several) return t('letter.toEvery', { to, area });
  return withDistrictChiefs ? t('letter.toIn', { to, area }) : to;
}

/** Types the provincial office writes to itself; the district offices pass the letter on to the others. */
const PROVINCE_ADDRESSEES: ReadonlySet<LgoType> = new Set(['pao', 'bma', 'pattaya', 'city', 'town']);
/** Types a district office writes to: the เทศบาลตำบล and อบต. of its district. */
const DISTRICT_ADDRESSEES: ReadonlySet<LgoType> = new Set(['subdistrict', 'sao']);

/** The province's letter kit: written by its provincial office to the district chiefs and the larger LGOs. */
export function provinceLetterJobs(site: Site, province: Province, campaign: KitCampaign): KitJob[] {
  const area = provinceTitle(province);
  const office = province.office;
  const lgos = provinceLgosInOrder(site, province);
  // Bangkok's เขต have no นายอำเภอ: they are part of its one LGO.
  const hasDistrictChiefs = geography()
    .districtsOf(dopaProvinceCode(province.code))
    .some((d) => d.kind !== 'khet');
  return letterKitJobs(
    site,
    {
      folder: paths.provinceKit(province),
      staffPath: paths.provinceStaff(province),
      sheet: area,
      lgos,
      province,
      office: office?.name ?? area,
      to: letterAddressee(
        lgos.filter((l) => PROVINCE_ADDRESSEES.has(l.type)),
        area,
        hasDistrictChiefs,
      ),
      reference: t('letter.referenceProvince'),
      area,
      contact: { unit: office?.name ?? area, phone: office?.phone?.display, email: office?.email },
    },
    campaign,
  );
}

/** A district's files: its poster bundle and its letter kit, written by the district office (ที่ว่าการอำเภอ) to its LGOs. */
export function districtKitJobs(site: Site, entry: DistrictEntry, campaign: KitCampaign): KitJob[] {
  const folder = paths.districtKit(entry.district);
  const district = districtTitle(entry.district);
  // อำเภอ… จังหวัด…, spaced as the regulation's style and as the district pages write it.
  const area = t('district.title', { district, province: provinceTitle(entry.province) });
  const office = t('letter.districtOffice', { district });
  const local = entry.lgos.filter((l) => DISTRICT_ADDRESSEES.has(l.type));
  return [
    bundleJob(site, folder, entry.lgos, t('doc.bundleTitle', { province: area }), campaign),
    ...letterKitJobs(
      site,
      {
        folder,
        staffPath: paths.districtStaff(entry.district),
        sheet: district,
        lgos: entry.lgos,
        province: entry.province,
        office,
        // A district with no เทศบาลตำบล or อบต. writes to the LGOs it has.
        to: letterAddressee(local.length ? local : entry.lgos, area, false),
        reference: t('letter.referenceDistrict', { province: provinceTitle(entry.province) }),
        area,
        // The district office's own line is not in content: the letter leaves it blank to fill in.
        contact: { unit: office },
      },
      campaign,
    ),
  ];
}
