/**
 * Hosts a QR code may point to, reviewed as code: a QR code on a public notice
 * board is an attack surface, so the list must not live in the content it
 * protects (content editors cannot change it). Exact host names, https only;
 * the site's own host (SITE_URL, set by whoever runs the build) is added.
 * Add a host here only with the official source that names it.
 */
export const QR_ALLOWED_HOSTS: readonly string[] = Object.freeze([
  // The Smart Law complaint website (กรมส่งเสริมการปกครองท้องถิ่น).
  'sll.dla.go.th',
  // The app stores, for the official DLA SLL store links once they are known.
  'apps.apple.com',
  'play.google.com',
]);

/** Where the allowlist lives, for messages that send editors to a developer. */
export const QR_ALLOWLIST_MODULE = 'src/lib/web/qr-allowlist.ts';

/** The allowlist in force for a site: the reviewed hosts plus the site's own host. */
export function qrAllowedHosts(siteUrl: string): string[] {
  return [...new Set([...QR_ALLOWED_HOSTS, new URL(siteUrl).hostname])];
}
