import type { ContentIssue } from './content-error';
import { LGO_TYPE_INFO, type LgoType } from './lgo-types';
import { dopaProvinceCode, geography, type GeoDistrict } from '../thai/geography';
import { normalizeSpace } from '../thai/text';

/**
 * The district (อำเภอ, or เขต in Bangkok) of an LGO, checked against the
 * official DOPA list of its province (src/lib/thai/geography.ts). One pure
 * check serves the content loader and the registry import, so both accept
 * and refuse the same spellings and give the same "did you mean …?".
 */

/** Types that serve a whole province: no district page, listed on the province page itself. */
export const PROVINCE_WIDE_TYPES: ReadonlySet<LgoType> = new Set(['pao', 'bma', 'pattaya']);

/** True for อบจ., กทม. and เมืองพัทยา: they stay on the province page. */
export function isProvinceWide(type: LgoType): boolean {
  return PROVINCE_WIDE_TYPES.has(type);
}

/**
 * A district name as the official list spells it: prefixes อำเภอ, อ., เขต
 * and spaces removed.
 * @example bareDistrictName('อ. บางปะกง') // 'บางปะกง'
 * @example bareDistrictName('เขตพระนคร') // 'พระนคร'
 */
export function bareDistrictName(text: string): string {
  return normalizeSpace(text)
    .replace(/^(?:อำเภอ|อ\.|เขต)\s*/u, '')
    .replace(/\s+/g, '');
}

// Tone marks (่ ้ ๊ ๋) and the silencer (์) are the marks most often mistyped
// or dropped; a name that differs only in them is one edit away, not more.
const forgiving = (name: string) => name.replace(/[\u0e48-\u0e4c]/gu, '');

/** Levenshtein distance, giving up (returning max + 1) once it must exceed max. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[y.length]!;
}

/** How many edits a name of this length may be away from a suggestion: short names need a closer match. */
const allowedEdits = (name: string) => ([...name].length <= 4 ? 1 : 2);

/**
 * The official names closest to a mistyped one (tone marks forgiven), best
 * first, at most three; empty when nothing is close enough to suggest.
 * @example suggestDistricts('บางปะกอง', districtsOf('24')) // ['บางปะกง']
 */
export function suggestDistricts(name: string, districts: readonly GeoDistrict[]): string[] {
  const typed = forgiving(bareDistrictName(name));
  const max = allowedEdits(typed);
  const scored = districts
    .map((d) => {
      const official = forgiving(d.nameTh);
      const distance = official === typed ? 0 : boundedEditDistance(typed, official, max);
      return { name: d.nameTh, distance };
    })
    .filter((s) => s.distance <= max)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'th'));
  return scored.slice(0, 3).map((s) => s.name);
}

/** The outcome of checking one LGO's district. */
export type DistrictCheck =
  | { ok: true; district?: GeoDistrict }
  | { ok: false; problem: string };

/**
 * Checks the district written for an LGO of a type in a province (ISO code,
 * e.g. TH-24). District-level LGOs (เทศบาล, อบต.) need one of the province's
 * districts; province-wide bodies may leave it empty. Never guesses: a typo
 * is refused with a suggestion, not corrected.
 */
export function checkDistrict(type: LgoType, provinceIso: string, written: string | undefined): DistrictCheck {
  const g = geography();
  const provinceCode = dopaProvinceCode(provinceIso);
  const province = g.provinceByCode.get(provinceCode);
  // An unknown province is reported by the province check; nothing to compare with here.
  if (!province) return { ok: true };
  const name = bareDistrictName(written ?? '');
  const districts = g.districtsOf(provinceCode);
  const word = provinceCode === '10' ? 'เขต' : 'อำเภอ';
  if (!name) {
    if (isProvinceWide(type)) return { ok: true };
    return {
      ok: false,
      problem: `is required for a ${LGO_TYPE_INFO[type].full} (${type}): write its ${word} of ${province.nameTh}, e.g. ${districts[0]?.nameTh ?? ''}`,
    };
  }
  const match = districts.find((d) => d.nameTh === name);
  if (match) return { ok: true, district: match };
  return { ok: false, problem: unknownDistrictProblem(name, province.nameTh, provinceCode, districts, word) };
}

function unknownDistrictProblem(name: string, provinceName: string, provinceCode: string, districts: readonly GeoDistrict[], word: string): string {
  const base = `"${name}" is not a ${word} of ${provinceName} in the official district list`;
  // "เมือง" alone: the capital district carries the province's name.
  const suggestions = name === 'เมือง' ? districts.filter((d) => d.nameTh.startsWith('เมือง')).map((d) => d.nameTh) : suggestDistricts(name, districts);
  if (suggestions.length) return `${base}; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`;
  const elsewhere = geography()
    .districts.filter((d) => d.nameTh === name && d.provinceCode !== provinceCode)
    .map((d) => geography().provinceByCode.get(d.provinceCode)?.nameTh)
    .filter(Boolean);
  if (elsewhere.length) return `${base} (it is a district of ${elsewhere.join(', ')}: check the province column)`;
  return `${base} (write the ${word} name as DOPA lists it, without "อำเภอ"/"อ."/"เขต")`;
}

/**
 * The loader's one-line hook: checks an LGO row's district, records a problem
 * naming file, row and field, and returns the official district when found.
 */
export function resolveLgoDistrict(
  lgo: { type: LgoType; province: string; district?: string },
  at: { file: string; row: number },
  issues: ContentIssue[],
): GeoDistrict | undefined {
  const result = checkDistrict(lgo.type, lgo.province, lgo.district);
  if (!result.ok) {
    issues.push({ file: at.file, row: at.row, field: 'district', message: result.problem });
    return undefined;
  }
  return result.district;
}

/** The official district with a four-digit DOPA code, e.g. "2404". */
export function districtByCode(code: string): GeoDistrict | undefined {
  return geography().districtByCode.get(code);
}

/** "อำเภอบางปะกง", or "เขตพระนคร" in Bangkok: the district's name as letters and pages write it. */
export function districtTitle(district: Pick<GeoDistrict, 'nameTh' | 'kind'>): string {
  return `${district.kind === 'khet' ? 'เขต' : 'อำเภอ'}${district.nameTh}`;
}
