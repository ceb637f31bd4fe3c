import { parse } from 'csv-parse/sync';
import { ContentError, type ContentIssue } from './content-error';
import { assertNoFormulaCells } from './spreadsheet-guard';
import { UTF8_BOM } from './text-encoding';

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  values: Record<string, string>;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

/** A csv-parse error in words a clerk can act on, on the spreadsheet row where the trouble starts. */
export function csvProblem(error: unknown): { row?: number; message: string } {
  const err = error as { code?: string; message?: string; records?: number; lines?: number };
  // csv-parse counts the records it finished; the failing one is the next (the header is row 1).
  const row = err.records !== undefined ? err.records + 1 : err.lines;
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { row, message: 'a cell opens a quote (") that is never closed: add the closing " or remove the opening one' };
    case 'CSV_INVALID_CLOSING_QUOTE':
      return { row, message: 'a quote (") inside a cell must be written twice ("") or the whole cell put in quotes' };
    case 'CSV_INVALID_OPENING_QUOTE':
      return { row, message: 'a quote (") appears in the middle of a cell: put the whole cell in quotes and double the inner " ("")' };
    default:
      // Keep csv-parse's words, without its error code.
      return { row, message: `cannot read the CSV: ${String(err.message ?? error).replace(/^[A-Z_]+:\s*/, '').split('\n')[0]}` };
  }
}

/**
 * Parses CSV text with a header row (RFC 4180: quoted fields may hold commas,
 * quotes and newlines; CRLF or LF; an optional UTF-8 BOM). Rows are numbered
 * as a spreadsheet shows them (header = row 1, blank rows counted); fully
 * empty rows are skipped. Every cell is trimmed.
 */
export function parseCsv(text: string, file: string, delimiter = ','): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: false,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new ContentError([{ file, ...csvProblem(error) }]);
  }
  const [headerRow, ...body] = records;
  if (!headerRow || headerRow.every((h) => h === '')) {
    throw new ContentError([{ file, message: 'the file is empty; the first row must name the columns' }]);
  }
  const headers = headerRow.map((h) => h.trim());
  const issues: ContentIssue[] = [];
  const rows: CsvRow[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c === '')) return;
    if (cells.length > headers.length && cells.slice(headers.length).some((c) => c !== '')) {
      issues.push({ file, row, message: `has ${cells.length} cells but the header names ${headers.length} columns` });
      return;
    }
    const values: Record<string, string> = {};
    headers.forEach((header, i) => {
      values[header] = cells[i] ?? '';
    });
    rows.push({ row, values });
  });
  if (issues.length) throw new ContentError(issues);
  return { headers, rows };
}

/** Quotes one CSV cell when it needs it. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Serialises rows under a header as a registry file: UTF-8 with a byte-order
 * mark (so Excel on a Thai Windows opens it as UTF-8, not Windows-874), one
 * row per line, a trailing newline. Refuses any cell a spreadsheet would run
 * as a formula.
 * @param what names the file in the error, e.g. "content/lgos.csv"
 * @throws FormulaCellError naming row and column of each formula-like cell
 */
export function toCsv(headers: readonly string[], rows: readonly Record<string, string>[], what = 'the CSV file'): string {
  assertNoFormulaCells(what, headers, rows);
  const lines = [headers.map(csvCell).join(',')];
  for (const row of rows) lines.push(headers.map((h) => csvCell(row[h] ?? '')).join(','));
  return `${UTF8_BOM}${lines.join('\n')}\n`;
}
