import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from './precompress';

const work = mkdtempSync(join(tmpdir(), 'smartlaw-precompress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string, html: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'lgo'), { recursive: true });
  writeFileSync(join(dir, 'lgo/index.html'), html);
  writeFileSync(join(dir, 'tiny.txt'), 'x');
  writeFileSync(join(dir, 'poster.pdf'), html);
  return dir;
}

describe('precompress', () => {
  const html = `<!doctype html><html lang="th"><title>ทดสอบ</title>${'<p>ร้องเรียน ร้องทุกข์ ผ่านระบบ Smart Law</p>'.repeat(200)}`;
  const cache = join(work, 'cache');

  it('writes .gz and .br that decompress to the file, skipping tiny and binary files', async () => {
    const dir = site('a', html);
    expect(await precompress(dir, cache)).toEqual({ compressed: 1, reused: 0 });
    expect(gunzipSync(readFileSync(join(dir, 'lgo/index.html.gz'))).toString()).toBe(html);
    expect(brotliDecompressSync(readFileSync(join(dir, 'lgo/index.html.br'))).toString()).toBe(html);
    expect(statSync(join(dir, 'lgo/index.html.br')).size).toBeLessThan(html.length / 10);
    expect(existsSync(join(dir, 'tiny.txt.gz'))).toBe(false);
    expect(existsSync(join(dir, 'poster.pdf.gz'))).toBe(false);
  });

  it('reuses the cache for unchanged bytes and compresses changed ones', async () => {
    expect(await precompress(site('b', html), cache)).toEqual({ compressed: 0, reused: 1 });
    const changed = site('c', html.replace('ทดสอบ', 'แก้ไข'));
    expect(await precompress(changed, cache)).toEqual({ compressed: 1, reused: 0 });
    expect(gunzipSync(readFileSync(join(changed, 'lgo/index.html.gz'))).toString()).toContain('แก้ไข');
  });
});
