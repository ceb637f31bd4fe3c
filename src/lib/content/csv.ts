import { parse } from 'csv-parse/sync';
import { ContentError, type ContentIssue } from './content-error';

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  values: Record<string, string>;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

/**
 * Parses CSV text with a header row (RFC 4180: quoted fields may hold commas,
 * quotes and newlines; CRLF or LF; an optional UTF-8 BOM). Fully empty lines
 * are skipped. Every cell is trimmed.
 */
export function parseCsv(text: string, file: string, delimiter = ','): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const err = error as { message: string; lines?: number };
    throw new ContentError([{ file, row: err.lines, message: `cannot read CSV: ${err.message}` }]);
  }
  const [headerRow, ...body] = records;
  if (!headerRow) throw new ContentError([{ file, message: 'the file is empty; the first row must name the columns' }]);
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

/** Serialises rows under a header, CRLF-free, with a trailing newline. */
export function toCsv(headers: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [headers.map(csvCell).join(',')];
  for (const row of rows) lines.push(headers.map((h) => csvCell(row[h] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
