import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../content/csv';
import { readZip } from '../../test/zip-utils';
import { distributionCsv, distributionXlsx, type DistributionRow } from './distribution-list';

const row = (name: string, district = 'บางปะกง'): DistributionRow => ({
  name,
  type: 'องค์การบริหารส่วนตำบล',
  district,
  pageUrl: 'https://smartlaw.test/lgo/a/',
  kitUrl: 'https://smartlaw.test/lgo/a/kit/',
  posterUrl: 'https://smartlaw.test/kit/lgo/a/poster-a4.pdf',
});
const ROWS = [row('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่'), row('เทศบาลเมืองลิ้นเยิ้ม, "หนี้ ฤๅษี"'), row('องค์การบริหารส่วนจังหวัดทดสอบ', '')];

describe('distributionCsv', () => {
  it('is UTF-8 with a BOM and CRLF, one row per LGO, Thai and quotes intact', () => {
    const bytes = distributionCsv(ROWS);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(ROWS.length + 2); // header, rows, final empty
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const table = parseCsv(text.replace(/^\ufeff/, ''), 'list.csv');
    expect(table.rows.map((r) => r.values['ชื่อองค์กรปกครองส่วนท้องถิ่น'])).toEqual(ROWS.map((r) => r.name));
    expect(table.rows.map((r) => r.values['ลำดับ'])).toEqual(['1', '2', '3']);
    expect(table.headers).toContain('ส่งแล้ว');
  });

  it('refuses a row with a formula through the shared guard, naming row and column', async () => {
    for (const bad of ['=HYPERLINK("http://x")', '+66', '-1', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(() => distributionCsv([row(bad)])).toThrow(/refusing to write the distribution list:\n {2}- row 2, column "name": begins with/);
      await expect(distributionXlsx([row(bad)], 'x')).rejects.toThrow(/row 2, column "name"/);
    }
    expect(() => distributionCsv([row('a=b, not a formula')])).not.toThrow();
  });
});

describe('distributionXlsx', () => {
  it('is a valid workbook with one row per LGO and Thai intact', async () => {
    const bytes = await distributionXlsx(ROWS, 'อำเภอบางปะกง');
    const files = readZip(bytes);
    expect(files.has('xl/workbook.xml')).toBe(true);
    expect(files.get('xl/workbook.xml')!.toString()).toContain('name="อำเภอบางปะกง"');
    const sheets = (await readXlsxFile(bytes)) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual(['อำเภอบางปะกง']);
    const sheet = sheets[0]!.data;
    expect(sheet).toHaveLength(ROWS.length + 1);
    expect(sheet.slice(1).map((r) => r[1])).toEqual(ROWS.map((r) => r.name));
    expect(sheet.slice(1).map((r) => r[0])).toEqual([1, 2, 3]);
    expect(sheet[3]![3]).toBeNull(); // a province-wide body has no district
  });

  it('is the same bytes every time it is made', async () => {
    const first = await distributionXlsx(ROWS, 'x');
    await new Promise((resolve) => setTimeout(resolve, 2100)); // ZIP times have a 2-second grain
    expect((await distributionXlsx(ROWS, 'x')).equals(first)).toBe(true);
  });

  it('refuses a formula cell', async () => {
    await expect(distributionXlsx([row('ทดสอบ', '@evil')], 'x')).rejects.toThrow(/column "district"/);
  });
});
