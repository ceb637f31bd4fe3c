import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeWindows874 } from '../../test/encodings';
import { fixtureCopy, type FixtureEdits } from '../../test/fixture-utils';
import { FORMULA_CELLS, LANDLINES, MOBILE_SPELLINGS } from '../../test/fixtures/hostile';
import { parseCsv } from '../content/csv';
import { loadContent } from '../content/load-content';
import { formatImportReport, runImport, validateWithLoader, type ImportOptions } from './run-import';

const SITE_URL = 'https://smartlaw.test';
const HEADER = 'รหัส อปท.,ประเภท,ชื่อ อปท.,อำเภอ,จังหวัด,โทรศัพท์,เว็บไซต์';
// Synthetic test rows: not real LGOs.
const csvRow = (cells: string[]) => cells.map((c) => (/[",\r\n\t]/.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
const csv = (rows: string[][]) => `${[HEADER, ...rows.map(csvRow)].join('\r\n')}\r\n`;
const ROW = (name: string, phone = '', website = '') => ['9924001', 'ทต.', name, 'บางปะกง', 'ฉะเชิงเทรา', phone, website];

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(bytes: Uint8Array | string, name = 'registry.csv', edits: FixtureEdits = {}) {
  const { dir, cleanup } = fixtureCopy(edits);
  cleanups.push(cleanup);
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const registry = join(dir, 'lgos.csv');
  return {
    dir,
    file,
    importInto: (extra: Partial<ImportOptions> = {}) => runImport({ file, contentDir: dir, siteUrl: SITE_URL, ...extra }),
    registryText: () => readFileSync(registry, 'utf8'),
  };
}

const rowsOf = (text: string) => parseCsv(text, 'lgos.csv').rows.map((r) => r.values);
const xlsx = (rows: unknown[][]) =>
  writeExcelFile(rows.map((r) => r.map((value) => (value === '' ? null : { value }))) as never).toBuffer();

describe('import refuses spreadsheet formulas', () => {
  it.each(FORMULA_CELLS)('in a CSV cell: %j, naming file, row and column, writing nothing', async (cell) => {
    const { importInto, registryText } = setup(csv([ROW('บางทดสอบ'), ROW(cell)]));
    const before = registryText();
    const report = await importInto();
    expect(report.failed).toBe(true);
    expect(formatImportReport(report)).toMatch(/registry\.csv row 3, field "ชื่อ อปท\.": begins with .*, so a spreadsheet would run it as a formula/);
    expect(registryText()).toBe(before);
  });

  it.each(FORMULA_CELLS)('in an XLSX cell: %j', async (cell) => {
    const bytes = await xlsx([HEADER.split(','), ROW('บางทดสอบ', '', cell)]);
    const { importInto, registryText } = setup(bytes, 'registry.xlsx');
    const before = registryText();
    const report = await importInto();
    expect(formatImportReport(report)).toMatch(/registry\.xlsx row 2, field "เว็บไซต์": begins with/);
    expect(registryText()).toBe(before);
  });

  it('does not let a กทม. row with an empty code and a formula name replace Bangkok', async () => {
    const withBangkok = (old: string) => `${old}bangkok,,bma,กรุงเทพมหานคร,,TH-10,,,,\n`;
    const { importInto, registryText } = setup(csv([['', 'กทม.', '=HYPERLINK("https://evil.example.com","Click")', '', 'กทม.', '', '']]), 'r.csv', {
      'lgos.csv': withBangkok,
    });
    const report = await importInto();
    expect(report.failed).toBe(true);
    const text = formatImportReport(report);
    expect(text).toMatch(/r\.csv row 2, field "ชื่อ อปท\.": begins with "="/);
    // Counted as an invalid row of Bangkok, whose LGO is not listed as absent.
    expect(text).toMatch(/TH-10 กรุงเทพมหานคร +0 +0 +0 +1 +0/);
    expect(rowsOf(registryText()).find((r) => r.id === 'bangkok')?.name_th).toBe('กรุงเทพมหานคร');
  });

  it('reads a lone "-" as empty, and stores a +66 phone as 0…, never with "+"', async () => {
    const { importInto, registryText } = setup(csv([ROW('บางทดสอบ', '+66 38 000 001', '-')]));
    const report = await importInto();
    expect(report.failed).toBe(false);
    expect(rowsOf(registryText()).find((r) => r.id === '9924001')).toMatchObject({ phone: '038-000001', website: '' });
    expect(registryText()).not.toMatch(/(^|,)[=+\-@]/m);
  });
});

describe('import reads what Excel writes, and says where a file is broken', () => {
  it('names the row that opens an unterminated quote, in words', async () => {
    const text = `${HEADER}\r\n${csvRow(ROW('บางทดสอบ'))}\r\n9924002,อบต.,"ทดสอบ,,ฉะเชิงเทรา,,\r\n9924003,อบต.,ทดสอบสาม,,ฉะเชิงเทรา,,\r\n`;
    await expect(setup(text).importInto()).rejects.toThrow(/registry\.csv row 3: a cell opens a quote \(\"\) that is never closed/);
  });
});

describe('import refuses mobile numbers in any spelling', () => {
  it.each(MOBILE_SPELLINGS)('%s', async (phone) => {
    const { importInto, registryText } = setup(csv([ROW('บางทดสอบ', phone)]));
    const before = registryText();
    const report = await importInto();
    expect(formatImportReport(report)).toMatch(/row 2, field "โทรศัพท์": ".*" is a mobile number/);
    expect(registryText()).toBe(before);
  });

  it('including one an XLSX stored as a number without its 0', async () => {
    const bytes = await xlsx([HEADER.split(','), [9924001, 'ทต.', 'บางทดสอบ', '', 'ฉะเชิงเทรา', 812345678, '']]);
    const report = await setup(bytes, 'r.xlsx').importInto();
    expect(formatImportReport(report)).toMatch(/row 2, field "โทรศัพท์": "0812345678" is a mobile number/);
  });

  it.each(LANDLINES)('but stores the landline %s as %s', async (phone, stored) => {
    const { importInto, registryText } = setup(csv([ROW('บางทดสอบ', phone)]));
    expect((await importInto()).failed).toBe(false);
    expect(rowsOf(registryText()).find((r) => r.id === '9924001')?.phone).toBe(stored);
  });
});

describe('import writes a registry Excel opens right', () => {
  it('with a UTF-8 byte-order mark, from the shapes Excel writes', async () => {
    const rows = [ROW('บางทดสอบ', '038-000001')];
    for (const [name, bytes] of [
      ['CSV UTF-8 (BOM, CRLF)', Buffer.from(`\ufeff${csv(rows)}`, 'utf8')],
      ['CSV (Comma delimited), Windows-874', encodeWindows874(csv(rows))],
      ['Unicode Text (UTF-16, tabs)', Buffer.from(`\ufeff${csv(rows).replace(/,/g, '\t')}`, 'utf16le')],
    ] as const) {
      const { importInto, registryText, dir } = setup(bytes);
      const report = await importInto();
      expect(report.wrote, name).toBe(true);
      expect(registryText().startsWith('\ufeff'), name).toBe(true);
      expect(loadContent(dir, { siteUrl: SITE_URL }).lgos.find((l) => l.id === '9924001')?.nameTh, name).toBe('เทศบาลตำบลบางทดสอบ');
    }
  });
});

describe('import re-validates and keeps what people wrote', () => {
  it('checks the merged registry with the build’s own loader, naming the real file', () => {
    const { dir, cleanup } = fixtureCopy();
    cleanups.push(cleanup);
    const text = readFileSync(join(dir, 'lgos.csv'), 'utf8');
    const issues = validateWithLoader(dir, `${text}test-pao,,town,เทศบาลเมืองซ้ำ,,TH-24,เมืองฉะเชิงเทรา,,,\n`, SITE_URL);
    expect(issues).toEqual([
      expect.objectContaining({ file: join(dir, 'lgos.csv'), row: 5, field: 'id', message: expect.stringMatching(/after the import: duplicate id test-pao/) }),
    ]);
    // The real folder is untouched.
    expect(readFileSync(join(dir, 'lgos.csv'), 'utf8')).toBe(text);
  });

  it('refuses to --prune an LGO whose note remains, says what to do, and prunes once the note is moved aside', async () => {
    const { importInto, registryText, dir } = setup(csv([['9952001', 'ทม.', 'ทดสอบใหม่', 'เมืองลำปาง', 'ลำปาง', '', '']]));
    const before = registryText();
    const blocked = await importInto({ prune: true });
    expect(blocked.failed).toBe(true);
    const text = formatImportReport(blocked);
    expect(text).toMatch(/lgos\/test-town\.md: --prune would remove test-town \(.*\), but this note for it remains\. Move the note out of/);
    expect(text).toMatch(/Would be removed by --prune \(nothing was removed\):\n {2}- test-town/);
    expect(text).toMatch(/Nothing was written/);
    expect(registryText()).toBe(before);
    const retired = `${dir}-retired-notes`;
    mkdirSync(retired);
    cleanups.push(() => rmSync(retired, { recursive: true, force: true }));
    renameSync(join(dir, 'lgos/test-town.md'), join(retired, 'test-town.md'));
    const pruned = await importInto({ prune: true });
    expect(pruned.wrote).toBe(true);
    expect(rowsOf(registryText()).map((r) => r.id)).not.toContain('test-town');
  });

  it('leaves no temporary file or folder behind, and sweeps those an interrupted import left', async () => {
    const { importInto, dir } = setup(csv([ROW('บางทดสอบ')]));
    writeFileSync(join(dir, '.lgos.csv.999999999.abc123.tmp'), 'half a registry');
    const checks = () => readdirSync(tmpdir()).filter((f) => f.startsWith('smartlaw-import-check-')).length;
    const before = checks();
    const report = await importInto();
    expect(report.wrote).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(checks()).toBe(before);
    expect(existsSync(join(dir, 'lgos.csv'))).toBe(true);
  });
});
