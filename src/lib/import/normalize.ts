import { bareDistrictName } from '../content/districts';
import type { Province } from '../content/load-content';
import { LGO_TYPE_INFO, LGO_TYPES, type LgoType } from '../content/lgo-types';
import { normalizeSpace, toAsciiDigits } from '../thai/text';

const fold = (text: string) => normalizeSpace(text).toLowerCase().replace(/[\s.]+/g, '');

const TYPE_WORDS = new Map<string, LgoType>();
for (const type of LGO_TYPES) {
  const info = LGO_TYPE_INFO[type];
  for (const word of [type, info.full, info.short, info.en]) TYPE_WORDS.set(fold(word), type);
}
// Other spellings seen in registries.
for (const [word, type] of [
  ['อบจ', 'pao'],
  ['provincialadministrativeorganisation', 'pao'],
  ['pao', 'pao'],
  ['bangkok', 'bma'],
  ['ทน', 'city'],
  ['ทม', 'town'],
  ['ทต', 'subdistrict'],
  ['อบต', 'sao'],
  ['sao', 'sao'],
  ['tao', 'sao'],
  ['เมืองพัทยา', 'pattaya'],
] as const) {
  TYPE_WORDS.set(fold(word), type);
}

/**
 * The canonical type of an LGO type as registries write it: full Thai name,
 * abbreviation with or without dots, English name or our code.
 * @example normalizeType('ทต.') // 'subdistrict'
 */
export function normalizeType(text: string): LgoType | undefined {
  return TYPE_WORDS.get(fold(text));
}

/** Province look-up by Thai name (with or without จังหวัด / จ.), English name, slug, ISO code or its number. */
export function createProvinceResolver(provinces: readonly Province[]): (text: string) => Province | undefined {
  const byKey = new Map<string, Province>();
  for (const p of provinces) {
    for (const key of [p.nameTh, p.nameEn, p.slug, p.code, p.code.slice(3)]) byKey.set(fold(key), p);
    byKey.set(fold(p.slug.replace(/-/g, '')), p);
  }
  // Common alternative names.
  const bangkok = provinces.find((p) => p.code === 'TH-10');
  if (bangkok) for (const alias of ['กทม', 'กรุงเทพ', 'กรุงเทพฯ', 'bkk']) byKey.set(fold(alias), bangkok);
  return (text) => {
    const key = fold(toAsciiDigits(text)).replace(/^(จังหวัด|จ)(?=\S)/, '');
    return byKey.get(key) ?? byKey.get(fold(toAsciiDigits(text)));
  };
}

/**
 * The full Thai name of an LGO: a leading abbreviation is written out, and a
 * bare place name gets its type's name in front.
 * @example normalizeLgoName('ทต.บางปะกง', 'subdistrict') // 'เทศบาลตำบลบางปะกง'
 * @example normalizeLgoName('บางปะกง', 'subdistrict') // 'เทศบาลตำบลบางปะกง'
 */
export function normalizeLgoName(text: string, type: LgoType | undefined): string {
  let name = normalizeSpace(text);
  for (const t of LGO_TYPES) {
    const { short, full } = LGO_TYPE_INFO[t];
    if (short === full) continue;
    const bare = short.replace(/\.$/, '');
    if (name.startsWith(short) || (name.startsWith(bare) && name.length > bare.length && name[bare.length] === ' ')) {
      name = full + name.slice(name.startsWith(short) ? short.length : bare.length).trim();
      break;
    }
  }
  if (!type || type === 'bma' || type === 'pattaya') return name;
  const startsWithAType = LGO_TYPES.some((t) => name.startsWith(LGO_TYPE_INFO[t].full));
  return startsWithAType || name === '' ? name : LGO_TYPE_INFO[type].full + name;
}

/** A district without its prefix: "อ.บางปะกง", "อำเภอบางปะกง" → "บางปะกง"; "เขตพระนคร" → "พระนคร" (checked by content/districts.ts). */
export function normalizeDistrict(text: string): string {
  return bareDistrictName(text);
}

/** A code with Thai digits and stray spaces or dashes removed: "๕ ๒๔-๐๑๐๑" → "5240101". */
export function normalizeCode(text: string): string {
  return toAsciiDigits(text).replace(/[\s-]+/g, '');
}

/**
 * One spreadsheet cell as text. Spreadsheets store phone numbers typed as
 * numbers without their leading 0 (38512679 for 038-512679): put it back.
 */
export function cellText(value: unknown, column?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const digits = String(value);
    if (column === 'phone' && /^\d{8,9}$/.test(digits)) return `0${digits}`;
    return digits;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
