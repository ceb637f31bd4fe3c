import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentRenderInputs, importSpecifiers, PROJECT_ROOT, renderSalt, renderSourceFiles } from './render-inputs';

describe('importSpecifiers', () => {
  it('finds value imports, re-exports and dynamic imports, and skips type-only imports', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import sharp from 'sharp';",
      "export * from './c';",
      "export { d } from './d';",
      "import './side-effect';",
      "const e = await import('./e');",
      "import {\n  f,\n  type G,\n} from '../f';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a', 'sharp', './c', './d', './side-effect', './e', '../f']);
  });
});

describe('render inputs of a checkout', () => {
  let root: string;
  // A copy of the render sources and the installed packages' manifests: the tests edit the copy, never the real files.
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'smartlaw-inputs-'));
    cpSync(join(PROJECT_ROOT, 'src'), join(root, 'src'), { recursive: true });
    for (const name of renderSourceFiles().packages) {
      mkdirSync(join(root, 'node_modules', name), { recursive: true });
      cpSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), join(root, 'node_modules', name, 'package.json'));
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

  it('walks the import graph from the render entry: templates, renderers, dictionary, QR; not the page code', () => {
    const { files, packages } = renderSourceFiles(root);
    expect(files).toEqual(expect.arrayContaining(['src/lib/kit/render-job.ts', 'src/lib/render/templates/poster.ts', 'src/lib/render/pdf.ts', 'src/lib/web/qr.ts', 'src/i18n/th.json']));
    expect(files.some((f) => f.startsWith('src/pages/') || f.startsWith('src/components/'))).toBe(false);
    expect(packages).toEqual(expect.arrayContaining(['harfbuzzjs', 'qrcode', 'sharp']));
  });

  it('changes the dictionary hash, and only it besides the code that imports it, when a printed string changes', () => {
    const before = currentRenderInputs(root);
    edit('src/i18n/th.json', (text) => text.replace('"poster.scanHere": "', '"poster.scanHere": "ใหม่ '));
    const after = currentRenderInputs(root);
    expect(after.dictionary).not.toBe(before.dictionary);
    expect(after.fonts).toBe(before.fonts);
    expect(after.packages).toEqual(before.packages);
    expect(renderSalt(after)).not.toBe(renderSalt(before));
  });

  it('changes the code hash when a template margin changes, not the dictionary hash', () => {
    const before = currentRenderInputs(root);
    edit('src/lib/render/templates/poster.ts', (text) => `${text}\n// a margin changed\n`);
    const after = currentRenderInputs(root);
    expect(after.code).not.toBe(before.code);
    expect(after.dictionary).toBe(before.dictionary);
  });

  it('covers a new module the day a template imports it', () => {
    writeFileSync(join(root, 'src/lib/render/templates/ornament.ts'), 'export const ORNAMENT = 1;\n');
    edit('src/lib/render/templates/poster.ts', (text) => `import { ORNAMENT } from './ornament';\n${text}`);
    expect(renderSourceFiles(root).files).toContain('src/lib/render/templates/ornament.ts');
    const before = currentRenderInputs(root);
    writeFileSync(join(root, 'src/lib/render/templates/ornament.ts'), 'export const ORNAMENT = 2;\n');
    expect(currentRenderInputs(root).code).not.toBe(before.code);
  });

  it('reads package versions from the installed package.json files, including a package added later', () => {
    const before = currentRenderInputs(root);
    edit('node_modules/sharp/package.json', (text) => text.replace(/"version": "[^"]+"/, '"version": "9.9.9"'));
    expect(currentRenderInputs(root).packages.sharp).toBe('9.9.9');
    expect(renderSalt(currentRenderInputs(root))).not.toBe(renderSalt(before));
    edit('src/lib/render/templates/poster.ts', (text) => `import 'left-pad';\n${text}`);
    expect(() => currentRenderInputs(root)).toThrow(/node_modules\/left-pad\/package.json is missing: run npm ci/);
    mkdirSync(join(root, 'node_modules/left-pad'));
    writeFileSync(join(root, 'node_modules/left-pad/package.json'), '{"version":"1.3.0"}');
    expect(currentRenderInputs(root).packages['left-pad']).toBe('1.3.0');
  });

  it('is the same for the same checkout', () => {
    expect(renderSalt(currentRenderInputs(root))).toBe(renderSalt(currentRenderInputs(root)));
  });
});
