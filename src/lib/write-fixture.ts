import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { toCsv } from './csv';
import { CONTENT_FILES, loadContent } from './load-content';
import { LGO_COLUMNS } from './schemas';
import { SYNTHETIC_MARKER, syntheticRegistry } from './synthetic';

export interface FixtureOptions {
  /** How many LGOs. */
  lgos: number;
  /** Folder to write; it must not be (or be inside) the real content folder. */
  out: string;
  /** The real content folder: campaign, channels and provinces are copied from it. */
  contentDir: string;
  seed?: number;
}

/**
 * Writes a synthetic national content folder: the real campaign, channels
 * and provinces with a synthetic LGO registry. The folder is written beside
 * its destination and renamed into place, so a failed run leaves nothing
 * half-written; an existing folder is replaced only if it is a fixture itself.
 */
export function writeFixture({ lgos, out, contentDir, seed = 1 }: FixtureOptions): { dir: string; rows: number } {
  const target = resolve(out);
  const content = resolve(contentDir);
  const inside = relative(content, target);
  if (!inside.startsWith('..') && !inside.startsWith('/')) {
    throw new Error(`--out ${out} is inside the real content folder ${contentDir}: synthetic data never goes there`);
  }
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, SYNTHETIC_MARKER))) {
    throw new Error(`--out ${out} exists and is not a synthetic fixture; choose an empty or new folder`);
  }
  const { provinces } = loadContent(contentDir, { siteUrl: 'http://localhost' });
  const rows = syntheticRegistry(lgos, provinces, seed);

  mkdirSync(dirname(target), { recursive: true });
  const staging = `${target}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(join(staging, CONTENT_FILES.notes), { recursive: true });
    for (const file of [CONTENT_FILES.campaign, CONTENT_FILES.channels, CONTENT_FILES.provinces]) {
      cpSync(join(contentDir, file), join(staging, file));
    }
    writeFileSync(join(staging, CONTENT_FILES.lgos), toCsv(LGO_COLUMNS, rows.map((r) => ({ ...r }))));
    // A few local notes, so notes are exercised at scale too.
    rows
      .filter((_, i) => i % 97 === 5)
      .forEach((r) => writeFileSync(join(staging, CONTENT_FILES.notes, `${r.id}.md`), `ข้อความทดสอบของ ${r.name_th}\n`));
    const notice = `SYNTHETIC TEST DATA (seed ${seed}, ${lgos} LGOs): made-up LGOs for tests and benchmarks.\nNever deploy a site built from this folder; never copy it into content/.\n`;
    writeFileSync(join(staging, SYNTHETIC_MARKER), notice);
    writeFileSync(join(staging, 'README.md'), notice);
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { dir: target, rows: rows.length };
}
