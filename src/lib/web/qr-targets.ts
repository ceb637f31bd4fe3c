import type { Site } from '../content/site';
import { qrTargetFields } from '../content/load-content';

/**
 * The distinct URLs the site's QR codes point to (pages, posters, share
 * images, banners): the channels that may become QR codes, each checked
 * against the allowlist when content is loaded. The build prints them so
 * whoever runs it sees where every printed QR code leads.
 */
export function qrTargets(site: Pick<Site, 'channels'>): string[] {
  return [...new Set(qrTargetFields(site.channels).flatMap(([, url]) => (url ? [url] : [])))];
}
