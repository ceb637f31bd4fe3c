import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../lib/web/security-headers';

/** Build step 4, headers: writes `_headers` (security headers and cache lifetimes for Netlify and Cloudflare Pages). */
export function writeHeaders(outDir: string): void {
  writeFileSync(join(outDir, '_headers'), headersFile());
}
