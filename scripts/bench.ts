/**
 * npm run bench [-- --lgos 7850] [--keep]
 * Builds a synthetic national site three times (cold cache, warm, after one
 * LGO changed) plus a bare-Astro baseline of the same page count, and prints
 * one table. A report, not a test: figures vary with the machine and its load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFixture } from '../src/lib/fixture/write-fixture';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/astro.js');
const { values } = parseArgs({ options: { lgos: { type: 'string', default: '7850' }, keep: { type: 'boolean', default: false } } });
const lgos = Number(values.lgos);
if (!Number.isInteger(lgos) || lgos < 1) throw new Error('--lgos must be a whole number');

const work = mkdtempSync(join(tmpdir(), 'smartlaw-bench-'));
const content = join(work, 'content');
const cache = join(work, 'kit-cache');

interface Run {
  name: string;
  /** Pages Astro reported building. */
  pages: number;
  wallS: number;
  rssMb?: number;
  report: Record<string, number>;
  distFiles: number;
  distMb: number;
}

function distStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** Runs a build under GNU time (for peak RSS) when it is there. */
function timed(args: string[], env: Record<string, string>): { wallS: number; rssMb?: number; stdout: string } {
  const timeFile = join(work, 'time.txt');
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime ? ['-f', '%e %M', '-o', timeFile, process.execPath, ...args] : args;
  const started = performance.now();
  const result = spawnSync(command, argv, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallS = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  if (!gnuTime) return { wallS, stdout: result.stdout };
  const [, rss] = readFileSync(timeFile, 'utf8').trim().split(/\s+/);
  return { wallS, rssMb: Number(rss) / 1024, stdout: result.stdout };
}

function build(name: string): Run {
  const outDir = join(work, `dist-${name}`);
  const reportFile = join(work, `report-${name}.json`);
  console.error(`bench: ${name} build…`);
  const { wallS, rssMb, stdout } = timed([ASTRO, 'build', '--outDir', outDir], {
    CONTENT_DIR: content,
    SITE_URL: 'https://bench.smartlaw.test',
    KIT_CACHE_DIR: cache,
    BENCH_REPORT: reportFile,
  });
  const stats = distStats(outDir);
  rmSync(outDir, { recursive: true, force: true });
  const pages = Number(/(\d+) page\(s\) built/.exec(stdout)?.[1]);
  if (!pages) throw new Error(`${name} build: Astro's page count not found in its output`);
  return { name, pages, wallS, rssMb, report: JSON.parse(readFileSync(reportFile, 'utf8')), distFiles: stats.files, distMb: stats.bytes / 1e6 };
}

/** A bare Astro project rendering `pages` plain pages from a JSON list: the yardstick for our pages phase. */
function baseline(pages: number): { wallS: number; pagesS: number } {
  const dir = join(ROOT, '.cache', 'bench-baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { output: 'static' };\n");
  writeFileSync(join(dir, 'src/entries.json'), JSON.stringify(Array.from({ length: pages }, (_, i) => ({ id: `p${i}`, title: `หน้าทดสอบ ${i}` }))));
  writeFileSync(
    join(dir, 'src/pages/[id].astro'),
    `---\nimport entries from '../entries.json';\nexport function getStaticPaths() { return entries.map((e) => ({ params: { id: e.id }, props: e })); }\nconst { title } = Astro.props;\n---\n<html lang="th"><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1><p>Baseline page.</p></body></html>\n`,
  );
  console.error(`bench: bare Astro baseline, ${pages} pages…`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--root', dir], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallS = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`baseline build failed:\n${result.stderr.slice(-2000)}`);
  const match = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(result.stdout);
  const pagesS = match ? Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) : wallS;
  rmSync(dir, { recursive: true, force: true });
  return { wallS, pagesS };
}

const fixtureStart = performance.now();
writeFixture({ lgos, out: content, contentDir: join(ROOT, 'content'), seed: 1 });
const fixtureS = (performance.now() - fixtureStart) / 1000;

const cold = build('cold');
const warm = build('warm');
// Change one LGO's name: only its files (and its province's bundle) should render again.
const registry = join(content, 'lgos.csv');
const lines = readFileSync(registry, 'utf8').split('\n');
lines[lines.length > 200 ? 200 : 2] = lines[lines.length > 200 ? 200 : 2]!.replace('(ข้อมูลทดสอบ)', 'แก้ไข (ข้อมูลทดสอบ)');
writeFileSync(registry, lines.join('\n'));
const edited = build('one-lgo-edited');

// The yardstick builds as many pages as ours did: LGO, kit, district, province and statement pages.
const pageCount = cold.pages;
const base = baseline(pageCount);

const s = (ms?: number) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const rows = [cold, warm, edited];
const table = [
  `Smart Law campaign kit benchmark: ${lgos} synthetic LGOs, ${pageCount} pages`,
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  `fixture written in ${fixtureS.toFixed(1)} s`,
  '',
  '| run | wall s | content s | kit s | kit files rendered | pages s | pages/s | files rendered/s | finish s (link, precompress) | peak RSS MB | dist files | dist MB |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) =>
    [
      r.name,
      r.wallS.toFixed(1),
      s(r.report.contentMs),
      s(r.report.kitMs),
      `${r.report.kitRendered} / ${r.report.kitFiles}`,
      s(r.report.pagesMs),
      (pageCount / ((r.report.pagesMs ?? 1) / 1000)).toFixed(0),
      r.report.kitRendered ? (r.report.kitRendered / ((r.report.kitMs ?? 1) / 1000)).toFixed(0) : '–',
      s(r.report.finishMs),
      r.rssMb?.toFixed(0) ?? '–',
      String(r.distFiles),
      r.distMb.toFixed(0),
    ].join(' | ').replace(/^/, '| ').concat(' |'),
  ),
  '',
  `bare Astro baseline: ${pageCount} plain pages in ${base.pagesS.toFixed(1)} s of page generation (${base.wallS.toFixed(1)} s wall)`,
  `our pages phase / baseline: ${(((cold.report.pagesMs ?? 0) / 1000) / base.pagesS).toFixed(2)} (cold), ${(((warm.report.pagesMs ?? 0) / 1000) / base.pagesS).toFixed(2)} (warm)`,
  '',
  'targets: cold ≤ 300 s, warm ≤ 60 s, one LGO edited ≤ 60 s and 6 files rendered, peak RSS ≤ 4096 MB, pages ≤ 1.5 × baseline',
];
console.log(table.join('\n'));
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
