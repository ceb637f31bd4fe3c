import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_RULES, SECURITY_HEADERS } from '../lib/web/security-headers';
import { buildSiteAsync, PROJECT_ROOT } from './build-utils';
import { BASIC_FIXTURE } from './fixture-utils';

const SHIPPED_CONF = join(PROJECT_ROOT, 'scripts/deploy/nginx-smartlaw.conf');
const work = mkdtempSync(join(tmpdir(), 'smartlaw-nginx-'));
const dist = join(work, 'dist');
chmodSync(work, 0o755); // nginx workers run as an unprivileged user and must read the build
let nginx: ChildProcess;
let port: number;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as { port: number };
      server.close(() => resolve(p));
    });
  });
}

/** A GET with chosen headers; the raw body, not decompressed. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Debian's enabled modules (brotli_static among them), with absolute paths: our prefix is a temp folder. */
function debianModules(): string {
  const dir = '/etc/nginx/modules-enabled';
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/load_module\s+modules\//g, 'load_module /usr/lib/nginx/modules/'))
    .join('\n');
}

beforeAll(async () => {
  const build = await buildSiteAsync(BASIC_FIXTURE, dist, { KIT_CACHE_DIR: join(work, 'kit-cache') });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  port = await freePort();
  // The shipped server block, pointed at this build and a loopback port.
  const server = readFileSync(SHIPPED_CONF, 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${dist};`);
  mkdirSync(join(work, 'logs'));
  writeFileSync(join(work, 'server.conf'), server);
  writeFileSync(
    join(work, 'nginx.conf'),
    `${debianModules()}
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fastcgi; uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
  include ${work}/server.conf;
}
`,
  );
  const check = spawnSync('nginx', ['-t', '-p', work, '-c', join(work, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejects the shipped config:\n${check.stderr}`);
  nginx = spawn('nginx', ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      await get('/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not start');
});

afterAll(() => {
  nginx?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

describe('the shipped nginx config over dist/', () => {
  it('serves pages, assets and kit files with the right status and content type', async () => {
    const cases: [string, number, RegExp][] = [
      ['/', 200, /^text\/html; charset=utf-8$/],
      ['/lgo/test-pao/', 200, /^text\/html/],
      ['/province/lampang/', 200, /^text\/html/],
      ['/tokens.css', 200, /^text\/css/],
      ['/kit/lgo/test-pao/poster-a4.png', 200, /^image\/png$/],
      ['/kit/lgo/test-pao/story-1080x1920.jpg', 200, /^image\/jpeg$/],
      ['/kit/lgo/test-pao/poster-a4.pdf', 200, /^application\/pdf$/],
      ['/kit/lgo/test-pao/share-1200x630.jpg', 200, /^image\/jpeg$/],
      ['/search-index.json', 200, /^application\/json/],
      ['/sitemap-index.xml', 200, /xml/],
      ['/robots.txt', 200, /^text\/plain/],
      ['/no-such-page/', 404, /^text\/html/],
    ];
    for (const [path, status, type] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expect(String(response.headers['content-type']), path).toMatch(type);
    }
    expect((await get('/no-such-page/')).body.toString()).toContain('ไม่พบหน้าที่ต้องการ');
  });

  it('sends the precompressed brotli or gzip file the client accepts', async () => {
    const plain = await get('/lgo/test-pao/');
    const br = await get('/lgo/test-pao/', { 'Accept-Encoding': 'br, gzip' });
    const gz = await get('/lgo/test-pao/', { 'Accept-Encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(br.body.equals(readFileSync(join(dist, 'lgo/test-pao/index.html.br')))).toBe(true);
    expect(String(gz.headers.vary)).toMatch(/Accept-Encoding/);
  });

  it('sends the security headers of src/lib/web/security-headers.ts on every kind of response', async () => {
    for (const path of ['/', '/lgo/test-pao/', '/kit/lgo/test-pao/poster-a4.pdf', '/no-such-page/']) {
      const response = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
    const asset = readFileSync(join(dist, 'index.html'), 'utf8').match(/\/_astro\/[^"]+\.css/)![0];
    const response = await get(asset);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name.toLowerCase()], `${asset} ${name}`).toBe(value);
  });

  it('caches hashed assets for a year, kit files for an hour, pages briefly', async () => {
    const asset = readFileSync(join(dist, 'index.html'), 'utf8').match(/\/_astro\/[^"]+\.css/)![0];
    const rule = (path: string) => CACHE_RULES.find((r) => path.startsWith(r.path.replace('*', '')))!.value;
    expect((await get(asset)).headers['cache-control']).toBe(rule(asset));
    expect((await get('/kit/lgo/test-pao/poster-a4.pdf')).headers['cache-control']).toBe(rule('/kit/'));
    expect((await get('/lgo/test-pao/')).headers['cache-control']).toBe('public, max-age=300');
  });

  it('ships the same headers in the _headers file for Netlify and Cloudflare Pages', () => {
    const file = readFileSync(join(dist, '_headers'), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
    for (const rule of CACHE_RULES) expect(file).toContain(`${rule.path}\n  Cache-Control: ${rule.value}\n`);
  });
});
