import { describe, expect, it } from 'vitest';
import { mapHeaders } from './columns';
import { createProvinceResolver } from './normalize';
import {
  formulaProblems,
  headerProblems,
  mergeRow,
  normalizeRow,
  RegistryIndex,
  rowValues,
  splitAbsent,
  validateMergedRow,
  type RegistryRow,
} from './plan-import';

// Synthetic rows for tests only.
const PROVINCES = [
  { code: 'TH-24', slug: 'chachoengsao', nameTh: 'ฉะเชิงเทรา', nameEn: 'Chachoengsao', pilot: true, region: 'east' as const },
  { code: 'TH-52', slug: 'lampang', nameTh: 'ลำปาง', nameEn: 'Lampang', pilot: false, region: 'north' as const },
];
const resolve = createProvinceResolver(PROVINCES);
const row = (values: RegistryRow): RegistryRow => ({
  id: '', dla_code: '', type: '', name_th: '', name_en: '', province: '', district: '', phone: '', website: '', facebook: '', signatory_name: '', signatory_title: '', ...values,
});

describe('headerProblems', () => {
  it('names missing and doubled columns on row 1, with the header to add', () => {
    const problems = headerProblems(mapHeaders(['ชื่อ', 'ชื่อ อปท.', 'จังหวัด']), 'r.csv');
    expect(problems).toEqual([
      { file: 'r.csv', row: 1, field: 'dla_code', message: expect.stringMatching(/add "รหัส อปท\."/) },
      { file: 'r.csv', row: 1, field: 'type', message: 'required column is missing (name it e.g. "ประเภท")' },
      { file: 'r.csv', row: 1, field: 'ชื่อ อปท.', message: 'a second column for the same field' },
    ]);
  });
});

describe('rowValues', () => {
  it('reads cells by column, folds white space and reads a lone "-" as empty', () => {
    const mapping = mapHeaders(['code', 'name', 'phone', 'website']);
    expect(rowValues(['๙๙๒๔๐๐๑', '  บาง   ทดสอบ ', 38000001, '-'], mapping)).toEqual({
      dla_code: '๙๙๒๔๐๐๑',
      name_th: 'บาง ทดสอบ',
      phone: '038000001',
      website: '',
    });
  });
});

describe('formulaProblems', () => {
  it('flags = + - @ starts by column, but lets a +66 phone through', () => {
    expect(formulaProblems({ name_th: '@SUM(1)', district: '-1+1', phone: '+66 38 000 001', website: 'https://x.invalid/' })).toEqual([
      ['name_th', expect.stringMatching(/begins with "@"/)],
      ['district', expect.stringMatching(/begins with "-"/)],
    ]);
    expect(formulaProblems({ phone: '+cmd' })).toEqual([['phone', expect.stringMatching(/begins with "\+"/)]]);
  });
});

describe('normalizeRow', () => {
  it('writes out the type, province and name, and says what it cannot read', () => {
    const ok = normalizeRow({ dla_code: '99-24001', type: 'ทต.', name_th: 'บางทดสอบ', province: 'จ.ฉะเชิงเทรา', district: 'อ.บางปะกง' }, resolve);
    expect(ok).toMatchObject({ type: 'subdistrict', provinceCode: 'TH-24', code: '9924001', name: 'เทศบาลตำบลบางทดสอบ', problems: [] });
    expect(ok.incoming.district).toBe('บางปะกง');
    const bad = normalizeRow({ type: 'เทศบาล', province: 'ฉะเชิงเทร' }, resolve);
    expect(bad.problems.map(([column]) => column)).toEqual(['type', 'province', 'name_th']);
  });
});

describe('RegistryIndex', () => {
  const registry = () =>
    new RegistryIndex([
      row({ id: 'test-pao', type: 'pao', name_th: 'องค์การบริหารส่วนจังหวัดทดสอบ', province: 'TH-24' }),
      row({ id: '9924001', dla_code: '9924001', type: 'sao', name_th: 'องค์การบริหารส่วนตำบลทดสอบ', province: 'TH-24' }),
    ]);
  const normalized = (values: Record<string, string>) => normalizeRow({ type: 'อบต.', province: 'ฉะเชิงเทรา', name_th: 'ทดสอบ', ...values }, resolve);

  it('matches by code, then the one PAO of a province, then the name; a match keeps its id', () => {
    const index = registry();
    expect(index.match(normalized({ dla_code: '9924001', name_th: 'ชื่อใหม่' }))).toEqual({ target: 1, id: '9924001', problems: [] });
    expect(index.match(normalized({ dla_code: '9924000', type: 'อบจ.' }))).toEqual({ target: 0, id: 'test-pao', problems: [] });
    expect(index.match(normalized({}))).toMatchObject({ target: 1, id: '9924001' });
    expect(index.match(normalized({ dla_code: '9924999', name_th: 'ใหม่' }))).toEqual({ target: undefined, id: '9924999', problems: [] });
  });

  it('refuses a second row for the same LGO and a new LGO without a code', () => {
    const index = registry();
    expect(index.apply(1, row({ id: '9924001', dla_code: '9924001', type: 'sao', name_th: 'องค์การบริหารส่วนตำบลทดสอบ', province: 'TH-24' }))).toBe('unchanged');
    expect(index.match(normalized({ dla_code: '9924001' })).problems).toEqual([['dla_code', 'describes the same LGO as an earlier row (9924001)']]);
    expect(index.match(normalized({ name_th: 'ใหม่' })).problems).toEqual([['dla_code', expect.stringMatching(/a new LGO needs its code/)]]);
  });
});

describe('mergeRow', () => {
  it('lets a non-empty cell replace, and an empty one keep, what the registry knows', () => {
    const before = row({ id: 'a', name_th: 'เก่า', website: 'https://old.invalid/' });
    expect(mergeRow(before, { id: 'a', name_th: 'ใหม่', website: '' })).toMatchObject({ name_th: 'ใหม่', website: 'https://old.invalid/' });
  });
});

describe('validateMergedRow', () => {
  it('uses the build’s schema, stores the phone in one format, and asks https of new links', () => {
    const after = row({ id: '9924001', type: 'sao', name_th: 'องค์การบริหารส่วนตำบลทดสอบ', province: 'TH-24', district: 'บางปะกง', phone: '๐๓๘ ๐๐๐ ๐๐๑' });
    expect(validateMergedRow(after, after)).toEqual([]);
    expect(after.phone).toBe('038-000001');
    const http = row({ ...after, phone: '', website: 'http://x.invalid/' });
    expect(validateMergedRow(http, http)).toEqual([['website', '"http://x.invalid/" must start with https://']]);
    // The district is checked against the province's official list, with a suggestion.
    const typo = row({ ...after, district: 'บางปะกอง' });
    expect(validateMergedRow(typo, typo)).toEqual([['district', expect.stringMatching(/did you mean "บางปะกง"\?/)]]);
    const mobile = row({ ...after, phone: '081-234-567-8' });
    expect(validateMergedRow(mobile, mobile)).toEqual([['phone', expect.stringMatching(/mobile number/)]]);
  });
});

describe('splitAbsent', () => {
  it('marks unmatched rows of covered provinces absent and keeps every other row', () => {
    const rows = [row({ id: 'a', province: 'TH-24' }), row({ id: 'b', province: 'TH-24' }), row({ id: 'c', province: 'TH-52' })];
    const { kept, absent } = splitAbsent(rows, new Set([0]), new Set(['TH-24']));
    expect(absent.map((r) => r.id)).toEqual(['b']);
    expect(kept.map((r) => r.id)).toEqual(['a', 'c']);
  });
});
