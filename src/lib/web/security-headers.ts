/**
 * HTTP headers every response carries, the one source for the generated
 * _headers file (Netlify, Cloudflare Pages) and, checked by a test, the
 * shipped nginx config. Nothing loads from another origin (PDPA: no tracking),
 * no inline script or style runs, the site cannot be framed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

/** Cache lifetimes: hashed assets for a year; kit files (stable names) and pages briefly. */
export const CACHE_RULES: readonly { path: string; value: string }[] = [
  { path: '/_astro/*', value: 'public, max-age=31536000, immutable' },
  { path: '/kit/*', value: 'public, max-age=3600' },
];

/**
 * The _headers file for Netlify and Cloudflare Pages. HTML keeps the host's
 * default caching (revalidate), since both hosts join, rather than replace,
 * headers set by more than one matching rule.
 */
export function headersFile(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  for (const rule of CACHE_RULES) lines.push(rule.path, `  Cache-Control: ${rule.value}`);
  return `${lines.join('\n')}\n`;
}
