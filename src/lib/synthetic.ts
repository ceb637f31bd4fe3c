import { LGO_TYPE_INFO, type LgoType } from './lgo-types';
import type { Province } from './load-content';

/**
 * Synthetic national registry for tests and benchmarks. Every name says it is
 * test data; ids start with "test-"; no codes, phones or URLs are made up.
 * Never write it into content/.
 */

/** Marker file in a synthetic content folder; the build warns when it sees it. */
export const SYNTHETIC_MARKER = 'SYNTHETIC-TEST-DATA';

/** Suffix of every synthetic LGO name. */
export const TEST_NAME_SUFFIX = ' (ข้อมูลทดสอบ)';

/** DLA's national mix (about 7,850 LGOs): the fixture scales it to the size asked for. */
export const NATIONAL_MIX: Readonly<Record<LgoType, number>> = {
  pao: 76,
  bma: 1,
  pattaya: 1,
  city: 30,
  town: 195,
  subdistrict: 2247,
  sao: 5300,
};

// Syllables of Thai place names, with stacked marks (น้ำ ผู้ ปี่ ลิ้น เยิ้ม หนี้) so
// renderers meet them in bulk.
const SYLLABLES = [
  'บาง', 'หนอง', 'คลอง', 'ท่า', 'โพธิ์', 'ศรี', 'สำราญ', 'เจริญ', 'ทอง', 'แก้ว', 'ใหม่', 'เหนือ', 'ใต้', 'น้ำ',
  'ผู้', 'ใหญ่', 'ปี่', 'ลิ้น', 'เยิ้ม', 'หนี้', 'ปู่', 'ป้า', 'ดอน', 'โคก', 'นา', 'ป่า', 'ห้วย', 'ไผ่', 'มะม่วง',
  'สะพาน', 'วัด', 'เกาะ', 'แหลม', 'บ้าน', 'ทุ่ง', 'เขา', 'ลำ', 'กุ้ง', 'ปลา', 'ช้าง', 'เสือ', 'สามัคคี', 'พัฒนา',
  'ตะวัน', 'ออก', 'ตก', 'กลาง', 'ฝั่ง', 'ขวา', 'ซ้าย', 'ยาง', 'ตาล', 'มะพร้าว', 'กล้วย', 'อ้อย', 'ข้าว', 'เหล็ก',
  'หิน', 'ทราย', 'ฟ้า', 'ดิน', 'ไฟ', 'ลม', 'ฝน', 'ดาว', 'เดือน', 'ศักดิ์', 'สิทธิ์', 'ฤทธิ์', 'ธรรม', 'ราษฎร์',
];

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same fixture. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many LGOs of each type a fixture of `total` has: the national mix, scaled. */
export function typeCounts(total: number): Record<LgoType, number> {
  const national = Object.values(NATIONAL_MIX).reduce((a, b) => a + b, 0);
  const counts = {} as Record<LgoType, number>;
  let assigned = 0;
  for (const [type, count] of Object.entries(NATIONAL_MIX) as [LgoType, number][]) {
    if (type === 'sao') continue;
    const scaled = type === 'bma' || type === 'pattaya' ? Math.min(1, total) : Math.round((count * total) / national);
    counts[type] = Math.min(scaled, total - assigned);
    assigned += counts[type];
  }
  counts.sao = total - assigned;
  return counts;
}

export interface SyntheticRow {
  id: string;
  type: LgoType;
  name_th: string;
  name_en: string;
  province: string;
  district: string;
}

/**
 * The rows of a synthetic registry of `total` LGOs over the given provinces.
 * Names run from two syllables to long ones near the 120-character limit.
 */
export function syntheticRegistry(total: number, provinces: readonly Province[], seed = 1): SyntheticRow[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const place = (syllables: number) => Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');
  const regional = provinces.filter((p) => p.code !== 'TH-10');
  const districts = new Map(
    regional.map((p) => [p.code, Array.from({ length: 4 + Math.floor(random() * 16) }, () => `${place(2)}ทดสอบ`)]),
  );
  const counts = typeCounts(total);
  const rows: SyntheticRow[] = [];
  const add = (type: LgoType, province: Province, placeName: string, district: string) => {
    const n = rows.length + 1;
    const name = type === 'bma' || type === 'pattaya' ? LGO_TYPE_INFO[type].full : LGO_TYPE_INFO[type].full + placeName;
    rows.push({
      id: `test-${String(n).padStart(5, '0')}`,
      type,
      // Cut the place, never the test-data mark, to stay within the 120-character limit.
      name_th: `${name.slice(0, 120 - TEST_NAME_SUFFIX.length)}${TEST_NAME_SUFFIX}`,
      name_en: `Test LGO ${n} (synthetic)`,
      province: province.code,
      district,
    });
  };
  const bangkok = provinces.find((p) => p.code === 'TH-10');
  const chonburi = provinces.find((p) => p.code === 'TH-20') ?? regional[0];
  for (let i = 0; i < counts.pao; i++) add('pao', regional[i % regional.length]!, regional[i % regional.length]!.nameTh, '');
  if (counts.bma && bangkok) add('bma', bangkok, '', '');
  if (counts.pattaya && chonburi) add('pattaya', chonburi, '', pick(districts.get(chonburi.code)!));
  for (const type of ['city', 'town', 'subdistrict', 'sao'] as const) {
    for (let i = 0; i < counts[type]; i++) {
      const province = pick(regional);
      // About one name in twenty is long: the renderers must shrink or wrap it.
      const length = random() < 0.05 ? 10 + Math.floor(random() * 8) : 1 + Math.floor(random() * 4);
      add(type, province, place(length), pick(districts.get(province.code)!));
    }
  }
  return rows;
}
