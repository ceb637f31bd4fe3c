import type { AstroIntegrationLogger } from 'astro';
import { ContentError } from '../lib/content/content-error';
import { getSite, type Site } from '../lib/content/site';

/**
 * Build step 1, validate: loads and checks the content before Astro renders
 * anything, so a bad row stops the build with one clear list of problems and
 * leaves dist/ as it was. Exits with status 1 on a content error: Astro would
 * wrap a thrown error in a stack trace, and the list is the whole story.
 */
export function validateContent(logger: AstroIntegrationLogger): Site {
  try {
    return getSite();
  } catch (error) {
    if (error instanceof ContentError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** The warnings a build of this content must print: synthetic data, no SITE_URL (draft kit). */
export function contentWarnings(site: Site): string[] {
  const warnings: string[] = [];
  if (site.synthetic) warnings.push('this content is SYNTHETIC TEST DATA: never deploy this build');
  if (site.config.siteUrlIsDefault) {
    warnings.push(
      `SITE_URL is not set: links and share previews point to ${site.config.siteUrl}, and every PDF and image carries ` +
        `the mark "ตัวอย่าง – ยังไม่ได้ตั้งที่อยู่เว็บไซต์ ห้ามพิมพ์เผยแพร่" (a sample, not for printing). ` +
        'Set SITE_URL to the site\'s address for a build to publish, e.g. SITE_URL=https://smartlaw.example.go.th npm run build',
    );
  }
  return warnings;
}
