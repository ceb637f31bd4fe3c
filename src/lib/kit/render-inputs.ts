import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontsFingerprint } from '../render/fonts';

/**
 * Everything besides a job's own data that shapes a rendered file. Hashed
 * once per build into every render-cache key, so nobody bumps a version by
 * hand: edit a template, a dictionary string, a font or upgrade sharp, and
 * exactly the files it can change are rendered again.
 */
export interface RenderInputs {
  /** Hash of the render source files (see `renderSourceFiles`). */
  code: string;
  /** Hash of every dictionary (src/i18n/*.json): simplest and safe, templates print many keys. */
  dictionary: string;
  /** Hash of the font files the renderers embed and draw. */
  fonts: string;
  /** Installed version of every npm package the render code imports, e.g. { sharp: '0.34.5' }. */
  packages: Record<string, string>;
}

/** The project root (where package.json and node_modules are). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Where rendering starts: the module that turns a kit job into bytes. */
const RENDER_ENTRY = 'src/lib/kit/render-job.ts';
const DICTIONARY_DIR = 'src/i18n';

const IMPORT_PATTERN = /(?:^|[\s;}])(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The import specifiers of a module's source; `import type …` is left out: types never shape output. */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT_PATTERN)) {
    if (match[1]) continue;
    const specifier = match[2] ?? match[3];
    if (specifier) found.push(specifier);
  }
  return found;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.mjs`, `${base}.js`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** "@scope/name/sub" → "@scope/name"; "sharp" → "sharp". */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The render source files and the packages they use, found by walking the
 * import graph from the render entry (src/lib/kit/render-job.ts), so a new
 * template or helper module is covered the day it is imported. Paths are
 * relative to the root, sorted.
 */
export function renderSourceFiles(root = PROJECT_ROOT, entry = RENDER_ENTRY): { files: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|mjs|js)$/.test(file)) continue;
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (!target) throw new Error(`${relative(root, file)}: cannot resolve import "${specifier}" while hashing the render code`);
        queue.push(target);
      } else if (!specifier.startsWith('node:')) {
        packages.add(packageName(specifier));
      }
    }
  }
  return { files: [...seen].map((f) => relative(root, f)).sort(), packages: [...packages].sort() };
}

/** The installed version of a package, from its package.json under node_modules. */
export function installedVersion(name: string, root = PROJECT_ROOT): string {
  const file = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm ci (the render cache key needs the installed version of ${name})`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function hashFiles(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

/** The render inputs of this checkout: computed once per build, in about 10 ms. */
export function currentRenderInputs(root = PROJECT_ROOT): RenderInputs {
  const { files, packages } = renderSourceFiles(root);
  const dictionaries = readdirSync(join(root, DICTIONARY_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${DICTIONARY_DIR}/${f}`);
  return {
    code: hashFiles(root, files),
    dictionary: hashFiles(root, dictionaries),
    fonts: fontsFingerprint(),
    packages: Object.fromEntries(packages.map((name) => [name, installedVersion(name, root)])),
  };
}

/** One hash of all render inputs: the part of the cache key that every file shares. */
export function renderSalt(inputs: RenderInputs): string {
  const packages = Object.keys(inputs.packages)
    .sort()
    .map((name) => `${name}@${inputs.packages[name]}`);
  return createHash('sha256').update(JSON.stringify([inputs.code, inputs.dictionary, inputs.fonts, packages])).digest('hex');
}
