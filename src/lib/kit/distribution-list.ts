import writeXlsxFile from 'write-excel-file/node';
import { t } from '../../i18n';
import { assertNoFormulaCells } from '../content/spreadsheet-guard';
import { fixZipTimes } from '../docx/common';

/** One LGO on a distribution list: what a clerk needs to send the letter on and check it off. */
export interface DistributionRow {
  name: string;
  /** Thai type label, e.g. องค์การบริหารส่วนตำบล. */
  type: string;
  /** District name, empty for province-wide bodies. */
  district: string;
  pageUrl: string;
  kitUrl: string;
  posterUrl: string;
}

const COLUMNS = ['name', 'type', 'district', 'pageUrl', 'kitUrl', 'posterUrl'] as const;

/** Header row: number, the six columns, and an empty column to tick. */
function headers(): string[] {
  return [t('distribution.number'), ...COLUMNS.map((c) => t(`distribution.${c}`)), t('distribution.sent')];
}

/** The rows as text cells, refused by the shared formula guard when a cell could run as a formula (the list is opened on office PCs). */
function cells(rows: readonly DistributionRow[]): string[][] {
  assertNoFormulaCells('the distribution list', COLUMNS, rows.map((row) => ({ ...row })));
  return rows.map((row) => COLUMNS.map((c) => row[c]));
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV that Excel opens correctly in Thai: UTF-8 with a BOM, CRLF line ends. */
export function distributionCsv(rows: readonly DistributionRow[]): Buffer {
  const lines = [headers(), ...cells(rows).map((r, i) => [String(i + 1), ...r, ''])];
  return Buffer.from(`\ufeff${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** The same list as an XLSX workbook: text cells, a bold header, column widths for Thai names. */
export async function distributionXlsx(rows: readonly DistributionRow[], sheet: string): Promise<Buffer> {
  const header = headers().map((value) => ({ value, fontWeight: 'bold' as const }));
  const body = cells(rows).map((r, i) => [{ value: i + 1, type: Number }, ...r.map((value) => ({ value, type: String })), null]);
  const columns = [{ width: 6 }, { width: 50 }, { width: 24 }, { width: 18 }, { width: 40 }, { width: 44 }, { width: 54 }, { width: 10 }];
  // Excel limits sheet names to 31 characters and a few symbols.
  const name = sheet.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
  const buffer = await writeXlsxFile([header, ...body] as never, { columns, sheet: name, stickyRowsCount: 1 }, { fontFamily: 'Tahoma', fontSize: 11 }).toBuffer();
  // Fixed entry times: the same list gives the same bytes, as the render cache expects.
  return fixZipTimes(Buffer.from(buffer));
}
