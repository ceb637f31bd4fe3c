import type { ContentIssue } from '../content/content-error';
import type { CsvRow } from '../content/csv';
import type { Province } from '../content/load-content';
import { checkDistrict } from '../content/districts';
import { LGO_COLUMNS, LgoRowSchema } from '../content/schemas';
import { mapHeaders, type ImportColumn } from './columns';
import {
  cellText,
  createProvinceResolver,
  normalizeCode,
  normalizeDistrict,
  normalizeLgoName,
  normalizeType,
} from './normalize';
import { normalizeSpace } from '../thai/text';

/** One registry row as lgos.csv stores it. */
export type RegistryRow = Record<string, string>;

export type RowOutcome = 'added' | 'updated' | 'unchanged';

export interface ImportedRow {
  /** Row number in the import file (header = 1). */
  row: number;
  outcome: RowOutcome;
  provinceCode: string;
  id: string;
}

export interface ProvinceSummary {
  added: number;
  updated: number;
  unchanged: number;
  invalid: number;
  /** Registry rows of this province that the file does not list. */
  absent: RegistryRow[];
}

export interface ImportPlan {
  /** The registry after the import (or after the valid rows only, when skipping). */
  rows: RegistryRow[];
  imported: ImportedRow[];
  /** Problems with rows of the import file, by row and column. */
  issues: ContentIssue[];
  /** Problems with the file as a whole (headers); nothing can be imported. */
  fatal: ContentIssue[];
  /** Unknown headers: reported, not fatal. */
  ignoredHeaders: string[];
  byProvince: Map<string, ProvinceSummary>;
  /** Rows removed by --prune. */
  pruned: RegistryRow[];
}

export interface PlanOptions {
  /** The import file's name, for messages. */
  file: string;
  provinces: readonly Province[];
  /** The current registry rows (content/lgos.csv). */
  existing: readonly CsvRow[];
  prune: boolean;
  skipInvalid: boolean;
}

// Types of which a province has at most one: matched by province when no code matches.
const ONE_PER_PROVINCE = new Set(['pao', 'bma', 'pattaya']);

/**
 * Works out what importing a registry file does to lgos.csv, without writing:
 * maps headers, normalises and validates every row, matches rows to existing
 * LGOs (by DLA code, then id, then the one PAO of a province, then exact name
 * in the province), and collects per-province counts.
 */
export function planImport(raw: unknown[][], options: PlanOptions): ImportPlan {
  const { file, provinces, existing, prune, skipInvalid } = options;
  const [headerRow = [], ...body] = raw;
  const mapping = mapHeaders(headerRow.map((h) => cellText(h)));
  const fatal: ContentIssue[] = [
    ...mapping.missing.map((column) => ({
      file,
      row: 1,
      field: column,
      message:
        column === 'dla_code'
          ? 'no code column: add "รหัส อปท." (or "code") so each LGO keeps a stable address'
          : `required column is missing (name it e.g. "${HEADER_HINTS[column]}")`,
    })),
    ...mapping.duplicate.map((header) => ({ file, row: 1, field: header, message: 'a second column for the same field' })),
  ];
  const empty: ImportPlan = {
    rows: existing.map((r) => ({ ...r.values })),
    imported: [],
    issues: [],
    fatal,
    ignoredHeaders: mapping.unknown,
    byProvince: new Map(),
    pruned: [],
  };
  if (fatal.length) return empty;

  const resolveProvince = createProvinceResolver(provinces);
  const label = (column: ImportColumn) => mapping.labels.get(column) ?? column;
  const rows = existing.map((r) => ({ ...r.values }));
  const matched = new Set<number>(); // indexes into rows
  const byCode = indexBy(rows, (r) => r.dla_code);
  const byId = indexBy(rows, (r) => r.id);
  const byNameInProvince = indexBy(rows, (r) => `${r.province}|${r.name_th}`);
  const byUniqueType = indexBy(rows, (r) => (ONE_PER_PROVINCE.has(r.type ?? '') ? `${r.province}|${r.type}` : undefined));
  const codesInFile = new Map<string, number>();
  const issues: ContentIssue[] = [];
  const imported: ImportedRow[] = [];
  const byProvince = new Map<string, ProvinceSummary>();
  const summary = (code: string) => {
    let s = byProvince.get(code);
    if (!s) byProvince.set(code, (s = { added: 0, updated: 0, unchanged: 0, invalid: 0, absent: [] }));
    return s;
  };

  body.forEach((cells, index) => {
    const row = index + 2;
    const values: Partial<Record<ImportColumn, string>> = {};
    for (const [i, column] of mapping.columns) values[column] = normalizeSpace(cellText(cells[i], column));
    if (Object.values(values).every((v) => !v)) return; // blank line
    const rowIssues: ContentIssue[] = [];
    const fail = (column: ImportColumn, message: string) => rowIssues.push({ file, row, field: label(column), message });

    const type = normalizeType(values.type ?? '');
    if (!values.type) fail('type', 'is empty');
    else if (!type) fail('type', `unknown type "${values.type}" (e.g. อบจ., ทน., ทม., ทต., อบต., เทศบาลตำบล)`);
    const province = values.province ? resolveProvince(values.province) : undefined;
    if (!values.province) fail('province', 'is empty');
    else if (!province) fail('province', `unknown province "${values.province}" (write its Thai name, e.g. ฉะเชิงเทรา, or code TH-24)`);
    const code = normalizeCode(values.dla_code ?? '');
    const name = normalizeLgoName(values.name_th ?? '', type);
    if (!name) fail('name_th', 'is empty');
    if (code) {
      const earlier = codesInFile.get(code);
      if (earlier) fail('dla_code', `duplicate code ${code} (also on row ${earlier})`);
      else codesInFile.set(code, row);
    }

    // Find the LGO this row describes.
    const provinceCode = province?.code ?? '';
    const givenId = values.id?.toLowerCase();
    const candidates = [
      code ? byCode.get(code) : undefined,
      givenId ? byId.get(givenId) : undefined,
      type && ONE_PER_PROVINCE.has(type) ? byUniqueType.get(`${provinceCode}|${type}`) : undefined,
      byNameInProvince.get(`${provinceCode}|${name}`),
    ];
    const target = candidates.find((c) => c !== undefined);
    if (target !== undefined && matched.has(target)) {
      fail(code ? 'dla_code' : 'name_th', `describes the same LGO as an earlier row (${rows[target]?.id})`);
    }
    const id = target !== undefined ? rows[target]!.id! : (givenId ?? code);
    if (!id) fail('dla_code', 'is empty: a new LGO needs its code (รหัส อปท.)');
    if (target === undefined && id && byId.has(id)) {
      fail(givenId ? 'id' : 'dla_code', `id ${id} is already used by ${rows[byId.get(id)!]?.name_th}`);
    }

    // Non-empty cells overwrite; an empty cell never erases what the registry already knows.
    const incoming: RegistryRow = {
      id,
      dla_code: code,
      type: type ?? values.type ?? '',
      name_th: name,
      name_en: values.name_en ?? '',
      province: provinceCode,
      district: normalizeDistrict(values.district ?? ''),
      phone: values.phone ?? '',
      website: values.website ?? '',
      facebook: values.facebook ?? '',
    };
    const before = target !== undefined ? rows[target]! : undefined;
    const after: RegistryRow = {};
    for (const column of LGO_COLUMNS) after[column] = incoming[column] || before?.[column] || '';

    if (rowIssues.length === 0) {
      const result = LgoRowSchema.safeParse(after);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = String(issue.path[0] ?? '') as ImportColumn;
          fail(column, issue.message);
        }
      } else {
        // Store numbers in one format: Thai digits to ASCII, one separator style.
        after.phone = result.data.phone?.display ?? '';
        // The district against the province's official list, as the build checks it (content/districts.ts).
        const district = checkDistrict(result.data.type, result.data.province, result.data.district);
        if (!district.ok) fail('district', district.problem);
      }
      if (result.success && ['website', 'facebook'].some((c) => incoming[c] && !incoming[c]!.startsWith('https://'))) {
        const column = incoming.website && !incoming.website.startsWith('https://') ? 'website' : 'facebook';
        fail(column, `"${incoming[column]}" must start with https://`);
      }
    }

    if (rowIssues.length) {
      issues.push(...rowIssues);
      if (province) summary(province.code).invalid++;
      else summary('?').invalid++;
      if (target !== undefined) matched.add(target); // an invalid row still speaks for its LGO: not absent
      return;
    }
    let outcome: RowOutcome;
    if (before) {
      outcome = LGO_COLUMNS.every((c) => (before[c] ?? '') === after[c]) ? 'unchanged' : 'updated';
      rows[target!] = after;
      matched.add(target!);
    } else {
      outcome = 'added';
      rows.push(after);
      matched.add(rows.length - 1);
      byId.set(id, rows.length - 1);
      if (code) byCode.set(code, rows.length - 1);
    }
    summary(provinceCode)[outcome]++;
    imported.push({ row, outcome, provinceCode, id });
  });

  // Rows of the provinces this file covers that it does not list.
  const covered = new Set(imported.map((r) => r.provinceCode));
  for (const [p, s] of byProvince) if (s.invalid) covered.add(p);
  const pruned: RegistryRow[] = [];
  const kept: RegistryRow[] = [];
  rows.forEach((r, i) => {
    const absent = !matched.has(i) && covered.has(r.province ?? '');
    if (absent) summary(r.province!).absent.push(r);
    if (absent && prune) pruned.push(r);
    else kept.push(r);
  });
  const blocked = issues.length > 0 && !skipInvalid;
  return {
    rows: blocked ? empty.rows : kept,
    imported,
    issues,
    fatal,
    ignoredHeaders: mapping.unknown,
    byProvince,
    pruned: blocked ? [] : pruned,
  };
}

const HEADER_HINTS: Record<ImportColumn, string> = {
  id: 'id',
  dla_code: 'รหัส อปท.',
  type: 'ประเภท',
  name_th: 'ชื่อ อปท.',
  name_en: 'ชื่อภาษาอังกฤษ',
  province: 'จังหวัด',
  district: 'อำเภอ',
  phone: 'โทรศัพท์',
  website: 'เว็บไซต์',
  facebook: 'เฟซบุ๊ก',
};

function indexBy(rows: RegistryRow[], key: (row: RegistryRow) => string | undefined): Map<string, number> {
  const map = new Map<string, number>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (k && !map.has(k)) map.set(k, i);
  });
  return map;
}
