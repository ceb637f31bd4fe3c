import { cpSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ContentError, formatIssue, type ContentIssue } from '../content/content-error';
import { readContentFile } from '../content/read-content-file';
import { parseCsv, toCsv } from '../content/csv';
import { CONTENT_FILES, loadContent, type Province } from '../content/load-content';
import { visualLength } from '../web/visual-length';
import { importRetirements, PUBLISHED_FILE, readPublished, writePublished, type LgoIdentity } from '../web/published';
import type { LgoType } from '../content/lgo-types';
import { LGO_COLUMNS } from '../content/schemas';
import { writeFileAtomic, type WriteOps } from '../files';
import type { RegistryEncoding } from './decode';
import { planImport, type ImportPlan, type RegistryRow } from './plan-import';
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
  /**
   * Why the merged registry may not be written although every row is valid:
   * the build's loader refuses it, or --prune would orphan a note.
   */
  blocked: ContentIssue[];
  /** Published ids the import retired in published.yaml (an อบต. that became a เทศบาล), one line each. */
  retired: string[];
  /** True when lgos.csv was rewritten. */
  wrote: boolean;
  /** True when the import must exit non-zero. */
  failed: boolean;
}

/**
 * Imports a registry file into content/lgos.csv: plans, refuses a --prune
 * that would orphan a hand-written note, checks the merged result with the
 * build's own loader on a temporary copy of the content folder, then writes
 * lgos.csv atomically (unless dry run, or invalid rows without
 * --skip-invalid). Notes in content/lgos/ are never touched.
 */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const { file, contentDir, siteUrl } = options;
  // The current content must be valid first: we merge into it.
  const content = loadContent(contentDir, { siteUrl });
  const registryPath = join(contentDir, CONTENT_FILES.lgos);
  removeStaleTempFiles(contentDir, CONTENT_FILES.lgos);
  const registryText = readRegistryText(contentDir);
  const { headers, rows: existing } = parseCsv(registryText, registryPath);
  const raw = await readRegistryFile(file, { sheet: options.sheet, encoding: options.encoding });
  const plan = planImport(raw.rows, {
    file,
    provinces: content.provinces,
    existing,
    prune: options.prune ?? false,
    skipInvalid: options.skipInvalid ?? false,
  });
  const report = { plan, provinces: content.provinces, description: raw.description, blocked: [] as ContentIssue[], retired: [] as string[] };
  if (plan.fatal.length || (plan.issues.length && !options.skipInvalid)) return { ...report, wrote: false, failed: true };

  report.blocked.push(...notesOfPruned(contentDir, plan.pruned));
  // A published id the merge removes must be retired on purpose: its URL is printed on posters.
  const retirement = importRetirements(readPublished(contentDir), existing.map((r) => lgoIdentity(r.values)), plan.rows.map(lgoIdentity));
  if (retirement.unresolved.length) report.blocked.push({ file: join(contentDir, PUBLISHED_FILE), message: retirement.message });
  else if (retirement.record) report.retired.push(...retirement.message.split('\n'));
  // Keep the registry's own column order; add any column it lacks at the end.
  const columns = [...headers, ...LGO_COLUMNS.filter((c) => !headers.includes(c))];
  const nextText = toCsv(columns, plan.rows, registryPath);
  if (report.blocked.length === 0 && nextText !== registryText) {
    report.blocked.push(...validateWithLoader(contentDir, nextText, siteUrl));
  }
  if (report.blocked.length) return { ...report, wrote: false, failed: true };
  if (nextText === registryText || options.dryRun) return { ...report, wrote: false, failed: false };
  writeFileAtomic(registryPath, nextText, options.writeOps);
  // After lgos.csv: should this write fail, the build names the ids still to retire.
  if (retirement.record) writePublished(contentDir, retirement.record);
  return { ...report, wrote: true, failed: false };
}

/** The identity of a registry row, as the published-ids record compares them. */
function lgoIdentity(row: RegistryRow): LgoIdentity {
  return { id: row.id ?? '', type: (row.type ?? '') as LgoType, nameTh: row.name_th ?? '', province: row.province ?? '' };
}

/** lgos.csv as text, read like the build reads it (a regular file, UTF-8, BOM kept for comparison). */
function readRegistryText(contentDir: string): string {
  const read = readContentFile(contentDir, CONTENT_FILES.lgos);
  if (!read.ok) return '';
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(read.bytes);
}

/**
 * --prune must not leave a note without its LGO (the build would refuse it,
 * and what a person wrote would be lost from the site): name each one and
 * say what to do.
 */
export function notesOfPruned(contentDir: string, pruned: readonly RegistryRow[]): ContentIssue[] {
  return pruned.flatMap((row) => {
    const note = `${CONTENT_FILES.notes}/${row.id}.md`;
    if (!existsOrLink(join(contentDir, note))) return [];
    return [
      {
        file: join(contentDir, note),
        message: `--prune would remove ${row.id} (${row.name_th}), but this note for it remains. Move the note out of ${contentDir} (e.g. to a folder of retired notes) if the LGO is really gone, or run without --prune to keep the LGO; nothing was written`,
      },
    ];
  });
}

function existsOrLink(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the build's own loader over a temporary copy of the content folder
 * with the new lgos.csv in place; returns its problems, with paths named as
 * in the real folder. The copy is always removed.
 */
export function validateWithLoader(contentDir: string, nextRegistry: string, siteUrl: string): ContentIssue[] {
  const temp = mkdtempSync(join(tmpdir(), 'smartlaw-import-check-'));
  const copy = join(temp, 'content');
  try {
    // verbatimSymlinks: a link is copied as a link (and refused by the loader), never followed.
    cpSync(contentDir, copy, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(copy, CONTENT_FILES.lgos), nextRegistry);
    loadContent(copy, { siteUrl });
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const shown = (path: string) => path.split(resolve(copy)).join(contentDir);
    return error.issues.map((issue) => ({ ...issue, file: shown(issue.file), message: `after the import: ${issue.message}` }));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Removes temporary files an interrupted write left beside a file
 * (".lgos.csv.<pid>.<random>.tmp"), unless their process still runs.
 */
export function removeStaleTempFiles(dir: string, name: string): string[] {
  const pattern = new RegExp(`^\\.${name.replace(/\./g, '\\.')}\\.(\\d+)\\.[a-z0-9]+\\.tmp$`);
  const removed: string[] = [];
  for (const entry of readdirSync(dir)) {
    const match = pattern.exec(entry);
    if (!match || isRunning(Number(match[1]))) continue;
    rmSync(join(dir, entry), { force: true });
    removed.push(entry);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
  if (report.retired.length && !report.failed) {
    lines.push('', `${report.wrote ? 'Retired' : 'Would retire'} in published.yaml (their old URLs serve the successor):`);
    for (const line of report.retired) lines.push(`  - ${line}`);
  }
  if (report.blocked.length) {
    lines.push('', `The merged registry cannot be written (${report.blocked.length === 1 ? '1 problem' : `${report.blocked.length} problems`}):`);
    for (const issue of report.blocked) lines.push(`  - ${formatIssue(issue)}`);
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
    const written = report.wrote || (!dryRun && !report.failed);
    const verb = !report.plan.pruned.length
      ? 'In the registry but not in this file (kept; --prune removes them)'
      : written
        ? 'Removed (--prune)'
        : 'Would be removed by --prune (nothing was removed)';
    lines.push('', `${verb}:`);
    for (const r of absent) lines.push(`  - ${r.id} ${r.name_th} (${r.province})`);
  }
  lines.push('');
  if (plan.issues.length && !skipInvalid) {
    lines.push('Nothing was written: fix the rows above, or run again with --skip-invalid to import the valid rows only.');
  } else if (report.blocked.length) {
    lines.push(`Nothing was written: ${CONTENT_FILES.lgos} is unchanged.`);
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
