import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOR, contrastRatio, relativeLuminance, TEXT_PAIRS, tokensCss } from './tokens';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // WebAIM's checker gives 4.54:1 for #767676 on white, the classic threshold grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });
});

describe('COLOR', () => {
  it.each(TEXT_PAIRS.map(([fg, bg, where]) => [where, fg, bg] as const))('%s (%s on %s) reaches 4.5:1', (_where, fg, bg) => {
    expect(contrastRatio(COLOR[fg], COLOR[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it('are all #rrggbb', () => {
    for (const value of Object.values(COLOR)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('tokensCss', () => {
  it('declares every colour as a custom property on :root', () => {
    const css = tokensCss();
    expect(css).toMatch(/^\/\*.*\*\/\n:root\{/);
    expect(css).toContain(`--sl-color-brand:${COLOR.brand}`);
    expect(css).toContain(`--sl-color-brand-dark:${COLOR.brandDark}`);
    expect(css).toContain(`--sl-color-line-share-hover:${COLOR.lineShareHover}`);
    expect(css.match(/--sl-color-/g)).toHaveLength(Object.keys(COLOR).length);
  });

  it('defines every custom property the site’s styles use', () => {
    const css = tokensCss();
    const styles = readdirSync('src/styles').filter((f) => f.endsWith('.css'));
    for (const file of styles) {
      for (const [, name] of readFileSync(join('src/styles', file), 'utf8').matchAll(/var\((--sl-[a-z0-9-]+)\)/g)) {
        expect(css, `${file} uses ${name}`).toContain(`${name}:`);
      }
    }
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('colours live only in the tokens module', () => {
  it('no hex colour literal in src/styles, src/lib/render or the components', () => {
    const offenders: string[] = [];
    for (const file of [...filesUnder('src/styles'), ...filesUnder('src/lib/render'), ...filesUnder('src/components'), ...filesUnder('src/layouts')]) {
      if (file.endsWith('.test.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9a-fA-F])/g)) {
        const line = text.slice(0, match.index).split('\n').length;
        offenders.push(`${relative('.', file)}:${line} ${match[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
