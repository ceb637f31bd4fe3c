/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that begins
 * with = + - @, a tab or a carriage return is run as a formula when a clerk
 * opens the file in Excel or LibreOffice. We refuse such cells wherever a
 * spreadsheet is read (registries, import) and written (every writer calls
 * assertNoFormulaCells). We never escape them with an apostrophe: the value
 * would then print on posters with the apostrophe.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell holding only "-" is how spreadsheets write "nothing": it means empty. */
export function emptyDash(value: string): string {
  return value.trim() === '-' ? '' : value;
}

/** Why a cell could run as a formula, or undefined when it is safe. A lone "-" is safe (it means empty). */
export function formulaProblem(value: string): string | undefined {
  if (value.trim() === '-') return undefined;
  // Cells are trimmed when read: " =1+1" is stored as "=1+1", so look past leading spaces too.
  const start = FORMULA_START.exec(value) ?? FORMULA_START.exec(value.replace(/^[ \u00a0]+/, ''));
  if (!start) return undefined;
  const shown = start[0] === '\t' ? 'a tab' : start[0] === '\r' ? 'a line break' : `"${start[0]}"`;
  return `begins with ${shown}, so a spreadsheet would run it as a formula; remove the leading ${shown} (an apostrophe would print on the posters)`;
}

/** A formula-like cell found in rows about to be written. */
export class FormulaCellError extends Error {}

/**
 * Throws when any cell of rows about to be written to a spreadsheet could run
 * as a formula. Every CSV or XLSX writer of ours calls it.
 * @param what names the file, for the message
 */
export function assertNoFormulaCells(what: string, headers: readonly string[], rows: readonly Record<string, string>[]): void {
  const problems: string[] = [];
  headers.forEach((header) => {
    const problem = formulaProblem(header);
    if (problem) problems.push(`row 1, column "${header}": ${problem}`);
  });
  rows.forEach((row, index) => {
    for (const header of headers) {
      const problem = formulaProblem(row[header] ?? '');
      if (problem) problems.push(`row ${index + 2}, column "${header}": ${problem}`);
    }
  });
  if (problems.length) throw new FormulaCellError(`refusing to write ${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
