import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import { csvProblem } from '../content/csv';
import { decodeRegistryBytes, detectDelimiter, type RegistryEncoding } from './decode';

/** A registry file as rows of cells, header first, before any interpretation. */
export interface RawRegistry {
  rows: unknown[][];
  /** What was read, for the summary: "CSV, windows-874" or "XLSX, sheet อปท". */
  description: string;
}

export interface ReadOptions {
  sheet?: string;
  encoding?: RegistryEncoding;
}

/** Thrown for a file that cannot be read at all; the message names the file. */
export class RegistryReadError extends Error {}

/** Reads a CSV (UTF-8, UTF-16 or Windows-874; comma or tab) or XLSX registry file. */
export async function readRegistryFile(path: string, { sheet, encoding }: ReadOptions = {}): Promise<RawRegistry> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new RegistryReadError(`${path}: ${readFailure(error)}`);
  }
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": an XLSX is a zip archive
  if (isZip || extname(path).toLowerCase() === '.xlsx') {
    if (!isZip) throw new RegistryReadError(`${path}: not an XLSX file (save it from Excel as .xlsx or .csv)`);
    return readXlsx(path, bytes, sheet);
  }
  if (extname(path).toLowerCase() === '.xls') {
    throw new RegistryReadError(`${path}: old .xls files are not supported; save it from Excel as .xlsx or CSV`);
  }
  if (sheet) throw new RegistryReadError(`${path}: --sheet applies to XLSX files only`);
  const decoded = decodeRegistryBytes(bytes, encoding);
  const text = decoded.text.replace(/^\ufeff/, '');
  const delimiter = detectDelimiter(text);
  try {
    // Blank rows are kept (and skipped later) so row numbers match the spreadsheet's.
    const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    return { rows, description: `CSV, ${decoded.encoding}, ${delimiter === '\t' ? 'tab' : 'comma'}-separated` };
  } catch (error) {
    const { row, message } = csvProblem(error);
    throw new RegistryReadError(`${path}${row ? ` row ${row}` : ''}: ${message}`);
  }
}

async function readXlsx(path: string, bytes: Buffer, sheet: string | undefined): Promise<RawRegistry> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readExcelFile(bytes)) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    throw new RegistryReadError(`${path}: cannot read XLSX: ${(error as Error).message}`);
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    const names = sheets.map((s) => `"${s.sheet}"`).join(', ');
    throw new RegistryReadError(`${path}: no sheet named "${sheet}" (the file has ${names})`);
  }
  return { rows: chosen.data, description: `XLSX, sheet "${chosen.sheet}"` };
}

/** Why a file could not be read, in words rather than an error code. */
function readFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file (check the name and folder)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the file: permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `cannot read the file (${String((error as Error).message ?? error).replace(/^[A-Z]+:\s*/, '')})`;
  }
}
