import type { ContentIssue } from '../content/content-error';
import type { CsvRow } from '../content/csv';
import type { Province } from '../content/load-content';
import { checkDistrict } from '../content/districts';
import { LGO_COLUMNS, LgoRowSchema } from '../content/schemas';
import { emptyDash, formulaProblem } from '../content/spreadsheet-guard';
import type { LgoType } from '../content/lgo-types';
import { IMPORT_COLUMNS, mapHeaders, missingColumnMessage, type HeaderMapping, type ImportColumn } from './columns';
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

/** A problem with one column of one row, before it gets the file's header label. */
export type ColumnProblem = [column: ImportColumn, message: string];

/**
 * Works out what importing a registry file does to lgos.csv, without writing:
 * maps headers, refuses formula cells, normalises and validates every row,
 * matches rows to existing LGOs, and collects per-province counts.
 */
export function planImport(raw: unknown[][], options: PlanOptions): ImportPlan {
  const { file, provinces, existing, prune, skipInvalid } = options;
  const [headerRow = [], ...body] = raw;
  const mapping = mapHeaders(headerRow.map((h) => cellText(h)));
  const fatal = headerProblems(mapping, file);
  const unchanged = existing.map((r) => ({ ...r.values }));
  if (fatal.length) {
    return { rows: unchanged, imported: [], issues: [], fatal, ignoredHeaders: mapping.unknown, byProvince: new Map(), pruned: [] };
  }

  const resolveProvince = createProvinceResolver(provinces);
  const registry = new RegistryIndex(existing.map((r) => ({ ...r.values })));
  const codesInFile = new Map<string, number>();
  const issues: ContentIssue[] = [];
  const imported: ImportedRow[] = [];
  const tally = new ProvinceTally();

  body.forEach((cells, index) => {
    const row = index + 2;
    const values = rowValues(cells, mapping);
    if (Object.values(values).every((v) => !v)) return; // blank line
    // A row with a formula cell is reported for that alone (it is still counted in its province and
    // speaks for its LGO, so that LGO is not listed as absent); it can never be written.
    const formulas = formulaProblems(values);
    const normalized = normalizeRow(values, resolveProvince);
    const problems: ColumnProblem[] = formulas.length ? formulas : [...normalized.problems];
    const earlier = normalized.code ? codesInFile.get(normalized.code) : undefined;
    if (earlier) problems.push(['dla_code', `duplicate code ${normalized.code} (also on row ${earlier})`]);
    else if (normalized.code) codesInFile.set(normalized.code, row);
    const match = registry.match(normalized);
    if (!formulas.length) problems.push(...match.problems);
    const before = match.target !== undefined ? registry.rows[match.target] : undefined;
    const after = match.id !== undefined ? mergeRow(before, { ...normalized.incoming, id: match.id }) : undefined;
    if (after && problems.length === 0) problems.push(...validateMergedRow(after, normalized.incoming));

    const provinceCode = normalized.provinceCode ?? '';
    if (problems.length || !after) {
      issues.push(...problems.map(([column, message]) => ({ file, row, field: mapping.labels.get(column) ?? column, message })));
      tally.of(provinceCode || '?').invalid++;
      if (match.target !== undefined) registry.matched.add(match.target); // an invalid row still speaks for its LGO: not absent
      return;
    }
    const outcome = registry.apply(match.target, after);
    tally.of(provinceCode)[outcome]++;
    imported.push({ row, outcome, provinceCode, id: after.id! });
  });

  // Rows of the provinces this file covers that it does not list.
  const covered = new Set(imported.map((r) => r.provinceCode));
  for (const [code, s] of tally.byProvince) if (s.invalid) covered.add(code);
  const { kept, absent } = splitAbsent(registry.rows, registry.matched, covered);
  for (const r of absent) tally.of(r.province!).absent.push(r);
  const blocked = issues.length > 0 && !skipInvalid;
  return {
    rows: blocked ? unchanged : prune ? kept : registry.rows,
    imported,
    issues,
    fatal,
    ignoredHeaders: mapping.unknown,
    byProvince: tally.byProvince,
    pruned: blocked || !prune ? [] : absent,
  };
}

/** Missing required columns and doubled ones: nothing can be imported until they are fixed. */
export function headerProblems(mapping: HeaderMapping, file: string): ContentIssue[] {
  return [
    ...mapping.missing.map((column) => ({ file, row: 1, field: column, message: missingColumnMessage(column) })),
    ...mapping.duplicate.map((header) => ({ file, row: 1, field: header, message: 'a second column for the same field' })),
  ];
}

/** A row's cells by our column, as text with white space folded; a lone "-" is empty. */
export function rowValues(cells: readonly unknown[], mapping: HeaderMapping): Partial<Record<ImportColumn, string>> {
  const values: Partial<Record<ImportColumn, string>> = {};
  for (const [index, column] of mapping.columns) values[column] = emptyDash(normalizeSpace(cellText(cells[index], column)));
  return values;
}

/**
 * Cells a spreadsheet would run as formulas (= + - @ tab CR at the start).
 * A phone written with its country code (+66 38 …) is the one exception: it
 * is a number, and is stored as 038-… .
 */
export function formulaProblems(values: Partial<Record<ImportColumn, string>>): ColumnProblem[] {
  const problems: ColumnProblem[] = [];
  for (const column of IMPORT_COLUMNS) {
    const value = values[column] ?? '';
    if (column === 'phone' && /^\+66[\d\s().-]/.test(value)) continue;
    const problem = formulaProblem(value);
    if (problem) problems.push([column, problem]);
  }
  return problems;
}

/** A row in our terms: canonical type, province code, full name, code; and what could not be read. */
export interface NormalizedRow {
  type?: LgoType;
  provinceCode?: string;
  code: string;
  /** The id the file gives, if any (lower case). */
  givenId?: string;
  name: string;
  /** The row as lgos.csv would store it, before merging (id still to be decided). */
  incoming: RegistryRow;
  problems: ColumnProblem[];
}

/** Normalises one row's values: type words, province spellings, LGO name, district, code. */
export function normalizeRow(
  values: Partial<Record<ImportColumn, string>>,
  resolveProvince: (text: string) => Province | undefined,
): NormalizedRow {
  const problems: ColumnProblem[] = [];
  const type = normalizeType(values.type ?? '');
  if (!values.type) problems.push(['type', 'is empty']);
  else if (!type) problems.push(['type', `unknown type "${values.type}" (e.g. อบจ., ทน., ทม., ทต., อบต., เทศบาลตำบล)`]);
  const province = values.province ? resolveProvince(values.province) : undefined;
  if (!values.province) problems.push(['province', 'is empty']);
  else if (!province) problems.push(['province', `unknown province "${values.province}" (write its Thai name, e.g. ฉะเชิงเทรา, or code TH-24)`]);
  const code = normalizeCode(values.dla_code ?? '');
  const name = normalizeLgoName(values.name_th ?? '', type);
  if (!name) problems.push(['name_th', 'is empty']);
  const incoming: RegistryRow = {
    dla_code: code,
    type: type ?? values.type ?? '',
    name_th: name,
    name_en: values.name_en ?? '',
    province: province?.code ?? '',
    district: normalizeDistrict(values.district ?? ''),
    phone: values.phone ?? '',
    website: values.website ?? '',
    facebook: values.facebook ?? '',
  };
  return { type, provinceCode: province?.code, code, givenId: values.id?.toLowerCase() || undefined, name, incoming, problems };
}

// Types of which a province has at most one: matched by province when no code matches.
const ONE_PER_PROVINCE = new Set<string>(['pao', 'bma', 'pattaya']);

/** The registry being merged into, with the look-ups that match import rows to its LGOs. */
export class RegistryIndex {
  readonly rows: RegistryRow[];
  /** Indexes into rows of the LGOs some import row spoke for. */
  readonly matched = new Set<number>();
  private readonly byCode: Map<string, number>;
  private readonly byId: Map<string, number>;
  private readonly byNameInProvince: Map<string, number>;
  private readonly byUniqueType: Map<string, number>;

  constructor(rows: RegistryRow[]) {
    this.rows = rows;
    this.byCode = indexBy(rows, (r) => r.dla_code);
    this.byId = indexBy(rows, (r) => r.id);
    this.byNameInProvince = indexBy(rows, (r) => `${r.province}|${r.name_th}`);
    this.byUniqueType = indexBy(rows, (r) => (ONE_PER_PROVINCE.has(r.type ?? '') ? `${r.province}|${r.type}` : undefined));
  }

  /**
   * The LGO a row describes (by DLA code, then id, then the one PAO, BMA or
   * Pattaya of a province, then exact name in the province) and the id it
   * keeps or gets: a matched LGO keeps its id, so its URL stays valid.
   */
  match(row: NormalizedRow): { target?: number; id?: string; problems: ColumnProblem[] } {
    const problems: ColumnProblem[] = [];
    const provinceCode = row.provinceCode ?? '';
    const candidates = [
      row.code ? this.byCode.get(row.code) : undefined,
      row.givenId ? this.byId.get(row.givenId) : undefined,
      row.type && ONE_PER_PROVINCE.has(row.type) ? this.byUniqueType.get(`${provinceCode}|${row.type}`) : undefined,
      this.byNameInProvince.get(`${provinceCode}|${row.name}`),
    ];
    const target = candidates.find((c) => c !== undefined);
    if (target !== undefined && this.matched.has(target)) {
      problems.push([row.code ? 'dla_code' : 'name_th', `describes the same LGO as an earlier row (${this.rows[target]?.id})`]);
    }
    const id = target !== undefined ? this.rows[target]!.id! : (row.givenId ?? row.code);
    if (!id) problems.push(['dla_code', 'is empty: a new LGO needs its code (รหัส อปท.)']);
    if (target === undefined && id && this.byId.has(id)) {
      problems.push([row.givenId ? 'id' : 'dla_code', `id ${id} is already used by ${this.rows[this.byId.get(id)!]?.name_th}`]);
    }
    return { target, id: id || undefined, problems };
  }

  /** Puts a merged row in place (or adds it) and says what changed. */
  apply(target: number | undefined, after: RegistryRow): RowOutcome {
    if (target !== undefined) {
      const before = this.rows[target]!;
      this.rows[target] = after;
      this.matched.add(target);
      return LGO_COLUMNS.every((c) => (before[c] ?? '') === after[c]) ? 'unchanged' : 'updated';
    }
    this.rows.push(after);
    const index = this.rows.length - 1;
    this.matched.add(index);
    this.byId.set(after.id!, index);
    if (after.dla_code) this.byCode.set(after.dla_code, index);
    return 'added';
  }
}

/** Non-empty cells overwrite; an empty cell never erases what the registry already knows. */
export function mergeRow(before: RegistryRow | undefined, incoming: RegistryRow): RegistryRow {
  const after: RegistryRow = {};
  for (const column of LGO_COLUMNS) after[column] = incoming[column] || before?.[column] || '';
  return after;
}

/**
 * Checks a merged row with the build's own schema and stores its phone in
 * the one printed format (ASCII digits, 0… not +66). Links the import adds
 * must be https; the district must be one of the province's official districts.
 */
export function validateMergedRow(after: RegistryRow, incoming: RegistryRow): ColumnProblem[] {
  const result = LgoRowSchema.safeParse(after);
  if (!result.success) return result.error.issues.map((issue) => [String(issue.path[0] ?? '') as ImportColumn, issue.message]);
  after.phone = result.data.phone?.display ?? '';
  for (const column of ['website', 'facebook'] as const) {
    if (incoming[column] && !incoming[column]!.startsWith('https://')) return [[column, `"${incoming[column]}" must start with https://`]];
  }
  // The district against the province's official list, as the build checks it (content/districts.ts).
  const district = checkDistrict(result.data.type, result.data.province, result.data.district);
  if (!district.ok) return [['district', district.problem]];
  return [];
}

/** Registry rows of the covered provinces that no import row matched (absent), and the rest (kept). */
export function splitAbsent(
  rows: readonly RegistryRow[],
  matched: ReadonlySet<number>,
  coveredProvinces: ReadonlySet<string>,
): { kept: RegistryRow[]; absent: RegistryRow[] } {
  const kept: RegistryRow[] = [];
  const absent: RegistryRow[] = [];
  rows.forEach((r, i) => (!matched.has(i) && coveredProvinces.has(r.province ?? '') ? absent : kept).push(r));
  return { kept, absent };
}

/** Per-province counts for the summary. */
class ProvinceTally {
  readonly byProvince = new Map<string, ProvinceSummary>();

  of(code: string): ProvinceSummary {
    let s = this.byProvince.get(code);
    if (!s) this.byProvince.set(code, (s = { added: 0, updated: 0, unchanged: 0, invalid: 0, absent: [] }));
    return s;
  }
}

function indexBy(rows: RegistryRow[], key: (row: RegistryRow) => string | undefined): Map<string, number> {
  const map = new Map<string, number>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (k && !map.has(k)) map.set(k, i);
  });
  return map;
}
