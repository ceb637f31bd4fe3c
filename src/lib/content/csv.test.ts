import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted commas, quotes and newlines, CRLF and a BOM', () => {
    const text = '\ufeffid,name\r\na,"หนึ่ง, สอง"\r\nb,"บรรทัด\r\nใหม่ ""อ้าง"""\r\n';
    const table = parseCsv(text, 'x.csv');
    expect(table.headers).toEqual(['id', 'name']);
    expect(table.rows).toEqual([
      { row: 2, values: { id: 'a', name: 'หนึ่ง, สอง' } },
      { row: 3, values: { id: 'b', name: 'บรรทัด\r\nใหม่ "อ้าง"' } },
    ]);
  });

  it('numbers rows as a spreadsheet does: blank rows count, but yield no row', () => {
    const table = parseCsv('id\na\n\n,\nb\n', 'x.csv');
    expect(table.rows.map((r) => [r.row, r.values.id])).toEqual([
      [2, 'a'],
      [5, 'b'],
    ]);
  });

  it('names the file and row of a row with extra cells', () => {
    expect(() => parseCsv('id,name\na,b,c\n', 'x.csv')).toThrow(/x\.csv row 2: has 3 cells but the header names 2 columns/);
  });

  it('names the file of a broken quote', () => {
    const error = (() => {
      try {
        parseCsv('id,name\na,"open\n', 'broken.csv');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/broken\.csv row 2: a cell opens a quote \(\"\) that is never closed/);
  });

  it('reports an empty file', () => {
    expect(() => parseCsv('', 'empty.csv')).toThrow(/empty\.csv: the file is empty/);
  });
});

describe('toCsv', () => {
  it('round-trips through parseCsv', () => {
    const rows = [{ id: 'a', name: 'มี "อ้าง", และ\nบรรทัดใหม่' }, { id: 'b', name: '' }];
    const parsed = parseCsv(toCsv(['id', 'name'], rows), 'x.csv');
    expect(parsed.rows.map((r) => r.values)).toEqual(rows);
  });
});
