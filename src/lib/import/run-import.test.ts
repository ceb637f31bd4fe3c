import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeWindows874 } from '../../test/encodings';
import { fixtureCopy } from '../../test/fixture-utils';
import { parseCsv } from '../content/csv';
import { loadContent } from '../content/load-content';
import { NODE_WRITE_OPS } from '../files';
import { formatImportReport, runImport, type ImportOptions } from './run-import';

const SITE_URL = 'https://smartlaw.test';
const HEADER = 'รหัส อปท.,ประเภท,ชื่อ อปท.,อำเภอ,จังหวัด,โทรศัพท์,เว็บไซต์,เฟซบุ๊ก';
// Synthetic test rows: not real LGOs.
const ROWS = [
  '9924001,ทต.,บางทดสอบ,อ.บางปะกง,จ.ฉะเชิงเทรา,๐๓๘-๐๐๐๐๐๑,,',
  '9924002,อบต.,"ทดสอบ, ฝั่งตะวันออก",บางปะกง,ฉะเชิงเทรา,,https://sao-test.invalid/,',
  '9952001,เทศบาลเมือง,เทศบาลเมืองทดสอบ,เมืองลำปาง,TH-52,,,https://www.facebook.com/test.invalid',
];
const csv = (rows = ROWS, header = HEADER) => `${[header, ...rows].join('\r\n')}\r\n`;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A copy of the basic fixture plus an import file written into it. */
function setup(importFile: { name: string; bytes: Uint8Array | string }) {
  const { dir, cleanup } = fixtureCopy();
  cleanups.push(cleanup);
  const file = join(dir, importFile.name);
  writeFileSync(file, importFile.bytes);
  const registry = join(dir, 'lgos.csv');
  const importInto = (extra: Partial<ImportOptions> = {}) => runImport({ file, contentDir: dir, siteUrl: SITE_URL, ...extra });
  return { dir, file, registry, importInto, registryText: () => readFileSync(registry, 'utf8') };
}

const registryRows = (text: string) => parseCsv(text, 'lgos.csv').rows.map((r) => r.values);

describe('runImport reads', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(csv())],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv())])],
    ['Windows-874', encodeWindows874(csv())],
    ['tab-separated UTF-16', Buffer.from(`\ufeff${csv().replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\t')}`, 'utf16le')],
  ])('%s CSV', async (_, bytes) => {
    const { importInto, registryText, dir } = setup({ name: 'registry.csv', bytes });
    const report = await importInto();
    expect(report.failed).toBe(false);
    expect(report.wrote).toBe(true);
    const rows = registryRows(registryText());
    expect(rows.find((r) => r.id === '9924001')).toMatchObject({
      dla_code: '9924001',
      type: 'subdistrict',
      name_th: 'เทศบาลตำบลบางทดสอบ',
      district: 'บางปะกง',
      province: 'TH-24',
      phone: '038-000001',
    });
    expect(rows.find((r) => r.id === '9924002')?.name_th).toBe('องค์การบริหารส่วนตำบลทดสอบ, ฝั่งตะวันออก');
    // The result is content the build accepts.
    expect(loadContent(dir, { siteUrl: SITE_URL }).lgos).toHaveLength(6);
  });

  it('XLSX, first sheet or --sheet, with numbers where text was expected', async () => {
    const sheet = (rows: unknown[][]) => rows.map((r) => r.map((value) => (value === '' ? null : { value })));
    const data = [
      ['code', 'type', 'name', 'district', 'province', 'phone'],
      [9924001, 'ทต.', 'บางทดสอบ', 'บางปะกง', 'ฉะเชิงเทรา', 38000001],
    ];
    const bytes = await writeExcelFile([
      { data: sheet([['หมายเหตุ'], ['แผ่นแรกไม่ใช่รายชื่อ']]) as never, sheet: 'คำอธิบาย' },
      { data: sheet(data) as never, sheet: 'อปท' },
    ]).toBuffer();
    const { importInto, registryText } = setup({ name: 'registry.xlsx', bytes });
    const first = await importInto({ dryRun: true });
    expect(first.failed).toBe(true);
    expect(first.plan.fatal.map((i) => i.field)).toContain('type');
    const named = await importInto({ sheet: 'อปท' });
    expect(named.description).toBe('XLSX, sheet "อปท"');
    expect(registryRows(registryText()).find((r) => r.id === '9924001')).toMatchObject({ phone: '038-000001', type: 'subdistrict' });
    await expect(importInto({ sheet: 'ไม่มี' })).rejects.toThrow(/no sheet named "ไม่มี" \(the file has "คำอธิบาย", "อปท"\)/);
  });
});

describe('runImport reports', () => {
  it('missing required and unknown headers, and imports nothing', async () => {
    const { importInto, registryText } = setup({ name: 'r.csv', bytes: csv([], 'ชื่อ อปท.,ประเภท,หมายเหตุ') });
    const before = registryText();
    const report = await importInto();
    expect(report.failed).toBe(true);
    const text = formatImportReport(report);
    expect(text).toMatch(/row 1, field "dla_code": no code column/);
    expect(text).toMatch(/row 1, field "province": required column is missing \(name it e\.g\. "จังหวัด"\)/);
    expect(text).toMatch(/Ignored unknown columns: "หมายเหตุ"/);
    expect(registryText()).toBe(before);
  });

  it('every row error at once, by row and column, and writes nothing', async () => {
    const { importInto, registryText } = setup({
      name: 'r.csv',
      bytes: csv([
        ...ROWS,
        '9924001,ทต.,ซ้ำทดสอบ,,ฉะเชิงเทรา,,,', // row 5: duplicate code
        '9924005,อบต.,ทดสอบห้า,,ฉะเชิงเทร,,,', // row 6: unknown province
        '9924006,อบต.,,,ฉะเชิงเทรา,,,', // row 7: empty name
        '9924007,เทศบาล,ทดสอบเจ็ด,,ฉะเชิงเทรา,,,', // row 8: unknown type
        '9924008,อบต.,ทดสอบแปด,,ฉะเชิงเทรา,,http://sao-test.invalid/,', // row 9: not https
        '9924009,อบต.,ทดสอบเก้า,,ฉะเชิงเทรา,,https://,', // row 10: malformed URL
        '9924010,อบต.,ทดสอบสิบ,,ฉะเชิงเทรา,081-234-5678,,', // row 11: mobile number
        '9924011,อบต.,ทดสอบสิบเอ็ด,อ.บางปะกอง,ฉะเชิงเทรา,,,', // row 12: mistyped district
      ]),
    });
    const before = registryText();
    const report = await importInto();
    expect(report.failed).toBe(true);
    expect(report.wrote).toBe(false);
    const text = formatImportReport(report);
    expect(text).toMatch(/r\.csv row 5, field "รหัส อปท\.": duplicate code 9924001 \(also on row 2\)/);
    expect(text).toMatch(/row 6, field "จังหวัด": unknown province "ฉะเชิงเทร"/);
    expect(text).toMatch(/row 7, field "ชื่อ อปท\.": is empty/);
    expect(text).toMatch(/row 8, field "ประเภท": unknown type "เทศบาล"/);
    expect(text).toMatch(/row 9, field "เว็บไซต์": "http:\/\/sao-test\.invalid\/" must start with https:\/\//);
    expect(text).toMatch(/row 10, field "เว็บไซต์": is not a valid URL/);
    expect(text).toMatch(/row 11, field "โทรศัพท์": .*mobile number/);
    expect(text).toMatch(/row 12, field "อำเภอ": "บางปะกอง" is not a อำเภอ of ฉะเชิงเทรา.*did you mean "บางปะกง"\?/);
    expect(text).toMatch(/Nothing was written/);
    expect(registryText()).toBe(before);
  });

  it('with --skip-invalid, writes the valid rows and lists the rest', async () => {
    const { importInto, registryText } = setup({ name: 'r.csv', bytes: csv([...ROWS, '9924005,อบต.,ทดสอบห้า,,ฉะเชิงเทร,,,']) });
    const report = await importInto({ skipInvalid: true });
    expect(report.failed).toBe(false);
    expect(report.wrote).toBe(true);
    expect(formatImportReport(report, { skipInvalid: true })).toMatch(/row 5, field "จังหวัด"[\s\S]*Invalid rows were skipped/);
    expect(registryRows(registryText()).map((r) => r.id)).toEqual(['test-pao', 'test-sao-long', 'test-town', '9924001', '9924002', '9952001']);
  });
});

describe('runImport merges', () => {
  it('idempotently: importing the same file again changes nothing', async () => {
    const { importInto, registryText } = setup({ name: 'r.csv', bytes: csv() });
    await importInto();
    const once = registryText();
    const again = await importInto();
    expect(again.wrote).toBe(false);
    expect([...again.plan.byProvince.values()].reduce((n, s) => n + s.unchanged, 0)).toBe(3);
    expect(registryText()).toBe(once);
    expect(formatImportReport(again)).toMatch(/No changes/);
  });

  it('updates only the LGO whose row changed, keeping what the file leaves empty', async () => {
    const { importInto, registryText, file } = setup({ name: 'r.csv', bytes: csv() });
    await importInto();
    const before = registryRows(registryText());
    writeFileSync(file, csv([ROWS[0]!, ROWS[1]!.replace('https://sao-test.invalid/', ''), ROWS[2]!.replace('TH-52,,', 'TH-52,054-000000,')]));
    const report = await importInto();
    expect(report.plan.imported.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'updated']);
    const after = registryRows(registryText());
    expect(after.find((r) => r.id === '9952001')?.phone).toBe('054-000000');
    expect(after.find((r) => r.id === '9924002')?.website).toBe('https://sao-test.invalid/');
    expect(after.filter((r) => r.id !== '9952001')).toEqual(before.filter((r) => r.id !== '9952001'));
  });

  it('matches the registry’s own rows by name or by the one PAO of a province, keeping their ids', async () => {
    const { importInto, registryText } = setup({
      name: 'r.csv',
      bytes: csv(['9924000,อบจ.,อบจ.ทดสอบชื่อใหม่,,ฉะเชิงเทรา,038-000009,,', '9952002,ทม.,ทดสอบ <b>ตัวหนา</b>,เกาะคา,ลำปาง,,,']),
    });
    const report = await importInto();
    expect(report.plan.imported.map((r) => [r.id, r.outcome])).toEqual([
      ['test-pao', 'updated'],
      ['test-town', 'updated'],
    ]);
    const rows = registryRows(registryText());
    expect(rows.find((r) => r.id === 'test-pao')).toMatchObject({ dla_code: '9924000', phone: '038-000009' });
    expect(rows).toHaveLength(3);
  });

  it('lists LGOs the file does not mention, only in its provinces, and --prune removes them', async () => {
    const { importInto, registryText, dir } = setup({ name: 'r.csv', bytes: csv([ROWS[0]!]) });
    const listed = await importInto({ dryRun: true });
    expect(listed.plan.byProvince.get('TH-24')?.absent.map((r) => r.id)).toEqual(['test-pao', 'test-sao-long']);
    expect(listed.plan.byProvince.has('TH-52')).toBe(false);
    const note = readFileSync(join(dir, 'lgos/test-town.md'), 'utf8');
    const pruned = await importInto({ prune: true });
    expect(formatImportReport(pruned)).toMatch(/Removed \(--prune\):\n {2}- test-pao/);
    expect(registryRows(registryText()).map((r) => r.id)).toEqual(['test-town', '9924001']);
    expect(readFileSync(join(dir, 'lgos/test-town.md'), 'utf8')).toBe(note);
  });

  it('--dry-run prints the summary and writes nothing', async () => {
    const { importInto, registryText } = setup({ name: 'r.csv', bytes: csv() });
    const before = registryText();
    const report = await importInto({ dryRun: true });
    expect(report.wrote).toBe(false);
    const text = formatImportReport(report, { dryRun: true });
    expect(text).toMatch(/TH-24 ฉะเชิงเทรา +2 +0 +0 +0 +2/);
    expect(text).toMatch(/Dry run: nothing was written/);
    expect(registryText()).toBe(before);
  });

  it('atomically: a failure during the write leaves content/ byte-identical', async () => {
    const { importInto, dir } = setup({ name: 'r.csv', bytes: csv() });
    const snapshot = () => Object.fromEntries(readdirSync(dir, { recursive: true }).map((f) => [f, existsSync(join(dir, String(f))) && statSync(join(dir, String(f))).isFile() ? readFileSync(join(dir, String(f))).toString('base64') : 'dir']));
    const before = snapshot();
    await expect(
      importInto({
        writeOps: {
          writeTemp(path, text) {
            NODE_WRITE_OPS.writeTemp(path, text.slice(0, 40)); // half a file on disk…
            throw new Error('disk full'); // …then the write fails
          },
          rename: NODE_WRITE_OPS.rename,
        },
      }),
    ).rejects.toThrow('disk full');
    expect(snapshot()).toEqual(before);
    await expect(importInto({ writeOps: { ...NODE_WRITE_OPS, rename: () => { throw new Error('rename failed'); } } })).rejects.toThrow();
    expect(snapshot()).toEqual(before);
  });

  it('handles a national-size file', async () => {
    const rows = Array.from({ length: 7850 }, (_, i) => `99${String(i).padStart(5, '0')},อบต.,ทดสอบที่ ${i},บางปะกง,ฉะเชิงเทรา,,,`);
    const { importInto, dir } = setup({ name: 'r.csv', bytes: csv(rows) });
    const report = await importInto();
    expect(report.plan.byProvince.get('TH-24')?.added).toBe(7850);
    expect(loadContent(dir, { siteUrl: SITE_URL }).lgos).toHaveLength(7853);
  });
});
