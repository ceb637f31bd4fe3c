/** The registry columns an import can fill, as lgos.csv names them. */
export const IMPORT_COLUMNS = [
  'id',
  'dla_code',
  'type',
  'name_th',
  'name_en',
  'province',
  'district',
  'phone',
  'website',
  'facebook',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Header texts seen in official spreadsheets, Thai and English, for each column. */
const ALIASES: Record<ImportColumn, string[]> = {
  id: ['id', 'slug'],
  dla_code: ['dla_code', 'code', 'รหัส', 'รหัสอปท', 'รหัสองค์กรปกครองส่วนท้องถิ่น', 'lgo code', 'รหัสหน่วยงาน'],
  type: ['type', 'ประเภท', 'ประเภทอปท', 'รูปแบบ', 'รูปแบบอปท', 'lgo type'],
  name_th: ['name_th', 'name', 'ชื่อ', 'ชื่ออปท', 'ชื่อองค์กรปกครองส่วนท้องถิ่น', 'ชื่อหน่วยงาน', 'thai name'],
  name_en: ['name_en', 'english name', 'ชื่อภาษาอังกฤษ', 'ชื่ออังกฤษ'],
  province: ['province', 'จังหวัด', 'ชื่อจังหวัด', 'province code'],
  district: ['district', 'อำเภอ', 'ชื่ออำเภอ', 'amphoe'],
  phone: ['phone', 'tel', 'telephone', 'โทรศัพท์', 'เบอร์โทรศัพท์', 'หมายเลขโทรศัพท์', 'เบอร์โทร', 'โทร'],
  website: ['website', 'web', 'url', 'เว็บไซต์', 'เวบไซต์', 'เว็บไซท์'],
  facebook: ['facebook', 'fb', 'เฟซบุ๊ก', 'เฟสบุ๊ค', 'เฟซบุ๊ค', 'facebook page'],
};

/** Folds a header for comparison: case, spaces, dots, underscores and hyphens do not matter. */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[\s._\-()/]+/g, '').replace(/\ufeff/g, '');
}

const BY_FOLDED = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) for (const alias of ALIASES[column]) BY_FOLDED.set(foldHeader(alias), column);

export interface HeaderMapping {
  /** Index in the file's header row → our column. */
  columns: Map<number, ImportColumn>;
  /** Our column → the header text as the file writes it, for messages. */
  labels: Map<ImportColumn, string>;
  unknown: string[];
  duplicate: string[];
  missing: ImportColumn[];
}

/** Columns an import cannot do without. An LGO needs a code or id, a name, a type and a province. */
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['type', 'name_th', 'province'];

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
