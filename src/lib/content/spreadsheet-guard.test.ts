import { describe, expect, it } from 'vitest';
import { FORMULA_CELLS, FORMULA_CELLS_WITH_CONTROL } from '../../test/fixtures/hostile';
import { parseCsv, toCsv } from './csv';
import { assertNoFormulaCells, emptyDash, FormulaCellError, formulaProblem } from './spreadsheet-guard';

describe('formulaProblem', () => {
  it.each([...FORMULA_CELLS, ...FORMULA_CELLS_WITH_CONTROL])('flags %j', (cell) => {
    expect(formulaProblem(cell)).toMatch(/so a spreadsheet would run it as a formula/);
  });

  it('leaves text, numbers, phones written 0… and a lone "-" alone', () => {
    for (const cell of ['องค์การบริหารส่วนจังหวัดทดสอบ', '038-512679-80', 'https://sll.dla.go.th', '-', ' - ', '', 'A-1']) {
      expect(formulaProblem(cell)).toBeUndefined();
    }
    expect(emptyDash(' - ')).toBe('');
    expect(emptyDash('-1')).toBe('-1');
  });
});

describe('writers', () => {
  it('throw on a formula cell, naming row and column, instead of escaping it', () => {
    expect(() => assertNoFormulaCells('lgos.csv', ['id', 'name_th'], [{ id: 'a', name_th: 'ทดสอบ' }, { id: 'b', name_th: '@SUM(1)' }])).toThrow(
      new FormulaCellError('refusing to write lgos.csv:\n  - row 3, column "name_th": begins with "@", so a spreadsheet would run it as a formula; remove the leading "@" (an apostrophe would print on the posters)'),
    );
    expect(() => toCsv(['id'], [{ id: '=1+1' }], 'x.csv')).toThrow(/refusing to write x\.csv:\n {2}- row 2, column "id"/);
  });

  it('write a UTF-8 byte-order mark that the reader accepts', () => {
    const text = toCsv(['id', 'name'], [{ id: 'a', name: 'ก, ข' }]);
    expect(text.startsWith('\ufeffid,name\n')).toBe(true);
    expect(parseCsv(text, 'x.csv').rows).toEqual([{ row: 2, values: { id: 'a', name: 'ก, ข' } }]);
  });
});
