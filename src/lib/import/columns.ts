import type { LgoRow } from '../content/schemas';

/** One lgos.csv column as an import reads it: the headers official spreadsheets use, and what to suggest. */
interface ImportColumnSpec {
  /** Header texts seen in official spreadsheets, Thai and English (folded before comparing). */
  aliases: readonly string[];
  /** The header to suggest in messages. */
  hint: string;
}

/**
 * The one table of registry columns an import can fill, keyed as lgos.csv
 * names them (the compiler checks it against the schema's columns), in
 * lgos.csv's order.
 */
export const IMPORT_COLUMN_TABLE = {
  id: { aliases: ['id', 'slug'], hint: 'id' },
  dla_code: {
    aliases: ['dla_code', 'code', 'รหัส', 'รหัสอปท', 'รหัสองค์กรปกครองส่วนท้องถิ่น', 'lgo code', 'รหัสหน่วยงาน'],
    hint: 'รหัส อปท.',
  },
  type: { aliases: ['type', 'ประเภท', 'ประเภทอปท', 'รูปแบบ', 'รูปแบบอปท', 'lgo type'], hint: 'ประเภท' },
  name_th: {
    aliases: ['name_th', 'name', 'ชื่อ', 'ชื่ออปท', 'ชื่อองค์กรปกครองส่วนท้องถิ่น', 'ชื่อหน่วยงาน', 'thai name'],
    hint: 'ชื่อ อปท.',
  },
  name_en: { aliases: ['name_en', 'english name', 'ชื่อภาษาอังกฤษ', 'ชื่ออังกฤษ'], hint: 'ชื่อภาษาอังกฤษ' },
  province: { aliases: ['province', 'จังหวัด', 'ชื่อจังหวัด', 'province code'], hint: 'จังหวัด' },
  district: { aliases: ['district', 'อำเภอ', 'ชื่ออำเภอ', 'amphoe'], hint: 'อำเภอ' },
  phone: {
    aliases: ['phone', 'tel', 'telephone', 'โทรศัพท์', 'เบอร์โทรศัพท์', 'หมายเลขโทรศัพท์', 'เบอร์โทร', 'โทร'],
    hint: 'โทรศัพท์',
  },
  website: { aliases: ['website', 'web', 'url', 'เว็บไซต์', 'เวบไซต์', 'เว็บไซท์'], hint: 'เว็บไซต์' },
  facebook: { aliases: ['facebook', 'fb', 'เฟซบุ๊ก', 'เฟสบุ๊ค', 'เฟซบุ๊ค', 'facebook page'], hint: 'เฟซบุ๊ก' },
  signatory_name: { aliases: ['signatory_name', 'signatory', 'ผู้ลงนาม', 'ชื่อผู้ลงนาม', 'ชื่อผู้ลงนามประกาศ'], hint: 'ผู้ลงนาม' },
  signatory_title: { aliases: ['signatory_title', 'ตำแหน่งผู้ลงนาม', 'ตำแหน่ง'], hint: 'ตำแหน่งผู้ลงนาม' },
} as const satisfies Record<keyof LgoRow, ImportColumnSpec>;

export type ImportColumn = keyof typeof IMPORT_COLUMN_TABLE;

/** The registry columns an import can fill, in lgos.csv's order. */
export const IMPORT_COLUMNS = Object.keys(IMPORT_COLUMN_TABLE) as ImportColumn[];

/** Columns an import cannot do without. An LGO needs a code or id, a name, a type and a province. */
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['type', 'name_th', 'province'];

/** Folds a header for comparison: case, spaces, dots, underscores and hyphens do not matter. */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[\s._\-()/]+/g, '').replace(/\ufeff/g, '');
}

const BY_FOLDED = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) for (const alias of IMPORT_COLUMN_TABLE[column].aliases) BY_FOLDED.set(foldHeader(alias), column);

export interface HeaderMapping {
  /** Index in the file's header row → our column. */
  columns: Map<number, ImportColumn>;
  /** Our column → the header text as the file writes it, for messages. */
  labels: Map<ImportColumn, string>;
  unknown: string[];
  duplicate: string[];
  missing: ImportColumn[];
}

/** Maps a header row onto our columns by name, in Thai or English. */
export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const columns = new Map<number, ImportColumn>();
  const labels = new Map<ImportColumn, string>();
  const unknown: string[] = [];
  const duplicate: string[] = [];
  headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const column = BY_FOLDED.get(foldHeader(header));
    if (!column) unknown.push(header);
    else if (labels.has(column)) duplicate.push(header);
    else {
      columns.set(index, column);
      labels.set(column, header.trim());
    }
  });
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !labels.has(c));
  if (!labels.has('dla_code') && !labels.has('id')) missing.unshift('dla_code');
  return { columns, labels, unknown, duplicate, missing };
}

/** What to tell the user about a missing header column. */
export function missingColumnMessage(column: ImportColumn): string {
  return column === 'dla_code'
    ? 'no code column: add "รหัส อปท." (or "code") so each LGO keeps a stable address'
    : `required column is missing (name it e.g. "${IMPORT_COLUMN_TABLE[column].hint}")`;
}
