import { ContentError, type ContentIssue } from './content-error';
import { parseCsv, type CsvRow, type CsvTable } from './csv';
import { findMobileNumbers } from './phone';
import { unprintableProblem } from './printable';
import { emptyDash, formulaProblem } from './spreadsheet-guard';

/** A registry's rows; an unsafe row holds a formula-like cell (reported) and must not be used. */
export interface RegistryTable {
  headers: string[];
  rows: (CsvRow & { unsafe: boolean })[];
}

/**
 * Checks a registry (lgos.csv, provinces.csv) read as text: known columns, and
 * every cell safe to open in a spreadsheet and printable. A lone "-" is an
 * empty cell. Rows with a formula-like cell are reported and marked unsafe.
 */
export function readRegistryTable(
  source: string,
  file: string,
  columns: readonly string[],
  required: readonly string[],
  issues: ContentIssue[],
): RegistryTable | undefined {
  let table: CsvTable;
  try {
    table = parseCsv(source, file);
  } catch (error) {
    if (error instanceof ContentError) {
      issues.push(...error.issues);
      return undefined;
    }
    throw error;
  }
  const missing = required.filter((c) => !table.headers.includes(c));
  const unknown = table.headers.filter((h) => !columns.includes(h));
  for (const column of missing) issues.push({ file, row: 1, field: column, message: 'column is missing from the header' });
  for (const column of unknown) {
    issues.push({ file, row: 1, field: column, message: `unknown column (expected: ${columns.join(', ')})` });
  }
  if (missing.length || unknown.length) return undefined;
  const rows = table.rows.flatMap(({ row, values }) => {
    let safe = true;
    const cleaned: Record<string, string> = {};
    for (const [column, value] of Object.entries(values)) {
      const formula = formulaProblem(value);
      if (formula) {
        issues.push({ file, row, field: column, message: formula });
        safe = false;
      }
      const unprintable = unprintableProblem(value);
      if (unprintable) issues.push({ file, row, field: column, message: unprintable });
      // Phone columns say so in their own words; any other cell (a name, an office) must not carry a mobile either.
      if (!/phone$/.test(column)) {
        for (const mobile of findMobileNumbers(value)) issues.push({ file, row, field: column, message: `"${mobile}" is a mobile number; publish the office line, never an official's mobile` });
      }
      cleaned[column] = emptyDash(value);
    }
    return [{ row, values: cleaned, unsafe: !safe }];
  });
  return { headers: table.headers, rows };
}
