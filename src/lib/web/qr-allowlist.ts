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
]);

/** The channels.yaml fields that hold the app's store pages. */
export type StoreField = 'appStoreUrl' | 'googlePlayUrl';

/**
 * The DLA SLL app's official store pages, exactly as a QR may print them.
 * A store host alone is no protection (any app's page is on it), so a store
 * link in content must equal the page recorded here. Neither is known yet:
 * record one only from DLA's own announcement, in a reviewed change.
 */
export const OFFICIAL_STORE_PAGES: Readonly<Record<StoreField, string | undefined>> = Object.freeze({
  appStoreUrl: undefined,
  googlePlayUrl: undefined,
});

/** Where the allowlist lives, for messages that send editors to a developer. */
export const QR_ALLOWLIST_MODULE = 'src/lib/web/qr-allowlist.ts';

/** The allowlist in force for a site: the reviewed hosts plus the site's own host. */
export function qrAllowedHosts(siteUrl: string): string[] {
  return [...new Set([...QR_ALLOWED_HOSTS, new URL(siteUrl).hostname])];
}

/**
 * Why a store link from content may not become a QR code, or undefined when
 * it is the official page recorded in this module.
 */
export function storeLinkProblem(field: StoreField, url: string, official: Readonly<Record<StoreField, string | undefined>> = OFFICIAL_STORE_PAGES): string | undefined {
  const page = official[field];
  if (page === undefined) {
    return `no official store page of the app is recorded in ${QR_ALLOWLIST_MODULE} yet, so "${url}" cannot be checked: leave the field empty (pages then say to search the app by name) until a developer records the official page there from DLA's announcement`;
  }
  if (url !== page) return `"${url}" is not the app's official store page recorded in ${QR_ALLOWLIST_MODULE} (${page})`;
  return undefined;
}
