import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, type ContentIssue } from '../content/content-error';
import { parseCsv, toCsv } from '../content/csv';
import { CONTENT_FILES, loadContent, type Province } from '../content/load-content';
import { visualLength } from '../web/visual-length';
import { LGO_COLUMNS } from '../content/schemas';
import { writeFileAtomic, type WriteOps } from '../files';
import type { RegistryEncoding } from './decode';
import { planImport, type ImportPlan } from './plan-import';
import { readRegistryFile } from './read-registry';

export interface ImportOptions {
  file: string;
  contentDir: string;
  siteUrl: string;
  sheet?: string;
  encoding?: RegistryEncoding;
  skipInvalid?: boolean;
  prune?: boolean;
  dryRun?: boolean;
  /** For tests: file operations that may fail midway. */
  writeOps?: WriteOps;
}

export interface ImportReport {
  plan: ImportPlan;
  provinces: readonly Province[];
  /** What was read. */
  description: string;
  /** True when lgos.csv was rewritten. */
  wrote: boolean;
  /** True when the import must exit non-zero. */
  failed: boolean;
}

/**
 * Imports a registry file into content/lgos.csv: plans, checks that the
 * merged registry still validates, then writes it atomically (unless dry run,
 * or invalid rows without --skip-invalid). Hand-written notes in content/lgos/
 * are never touched: only lgos.csv is written.
 */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const { file, contentDir, siteUrl } = options;
  // The current content must be valid first: we merge into it.
  const content = loadContent(contentDir, { siteUrl });
  const registryPath = join(contentDir, CONTENT_FILES.lgos);
  const registryText = existsSync(registryPath) ? readFileSync(registryPath, 'utf8') : '';
  const { headers, rows: existing } = parseCsv(registryText, registryPath);
  const raw = await readRegistryFile(file, { sheet: options.sheet, encoding: options.encoding });
  const plan = planImport(raw.rows, {
    file,
    provinces: content.provinces,
    existing,
    prune: options.prune ?? false,
    skipInvalid: options.skipInvalid ?? false,
  });
  const report = { plan, provinces: content.provinces, description: raw.description };
  if (plan.fatal.length || (plan.issues.length && !options.skipInvalid)) return { ...report, wrote: false, failed: true };

  // Keep the registry's own column order; add any column it lacks at the end.
  const columns = [...headers, ...LGO_COLUMNS.filter((c) => !headers.includes(c))];
  const nextText = toCsv(columns, plan.rows);
  if (nextText === registryText || options.dryRun) return { ...report, wrote: false, failed: false };
  writeFileAtomic(registryPath, nextText, options.writeOps);
  return { ...report, wrote: true, failed: false };
}

/** The report printed after an import: problems, then a table per province. */
export function formatImportReport(report: ImportReport, { dryRun = false, skipInvalid = false } = {}): string {
  const { plan, provinces, description } = report;
  const lines: string[] = [`Read ${description}.`];
  if (plan.ignoredHeaders.length) lines.push(`Ignored unknown columns: ${plan.ignoredHeaders.map((h) => `"${h}"`).join(', ')}`);
  const problems: ContentIssue[] = [...plan.fatal, ...plan.issues];
  if (problems.length) {
    lines.push('', `${problems.length === 1 ? '1 problem' : `${problems.length} problems`}:`);
    for (const issue of problems) lines.push(`  - ${formatIssue(issue)}`);
  }
  if (plan.fatal.length) {
    lines.push('', 'Nothing was imported: fix the header row and run again.');
    return lines.join('\n');
  }
  const names = new Map(provinces.map((p) => [p.code, p.nameTh]));
  const table = [...plan.byProvince.entries()].sort(([a], [b]) => a.localeCompare(b));
  if (table.length) {
    lines.push('', 'province            added  updated  unchanged  invalid  absent');
    for (const [code, s] of table) {
      const name = code === '?' ? '(unknown province)' : `${code} ${names.get(code) ?? ''}`;
      lines.push(
        `${pad(name, 18)} ${num(s.added, 6)} ${num(s.updated, 8)} ${num(s.unchanged, 10)} ${num(s.invalid, 8)} ${num(s.absent.length, 7)}`,
      );
    }
  }
  const absent = table.flatMap(([, s]) => s.absent);
  if (absent.length) {
    const verb = report.plan.pruned.length ? 'Removed (--prune)' : 'In the registry but not in this file (kept; --prune removes them)';
    lines.push('', `${verb}:`);
    for (const r of absent) lines.push(`  - ${r.id} ${r.name_th} (${r.province})`);
  }
  lines.push('');
  if (plan.issues.length && !skipInvalid) {
    lines.push('Nothing was written: fix the rows above, or run again with --skip-invalid to import the valid rows only.');
  } else if (dryRun) {
    lines.push('Dry run: nothing was written.');
  } else if (report.wrote) {
    lines.push(`Wrote ${CONTENT_FILES.lgos}.${plan.issues.length ? ' Invalid rows were skipped.' : ''}`);
  } else {
    lines.push(`No changes: ${CONTENT_FILES.lgos} is already up to date.`);
  }
  return lines.join('\n');
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - visualLength(text)));
const num = (n: number, width: number) => String(n).padStart(width);
