import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { ContentError } from '../lib/content/content-error';
import { getSite, type Site } from '../lib/content/site';
import { allJobs } from '../lib/kit/jobs';
import { emblemProblems } from '../lib/render/emblem';
import { checkPublished, PUBLISHED_FILE, PublishedError, readPublished, type PublishedCheck, type PublishedRecord } from '../lib/web/published';

/**
 * Build step 1, validate: loads and checks the content before Astro renders
 * anything, so a bad row stops the build with one clear list of problems and
 * leaves dist/ as it was. Exits with status 1 on a content error: Astro would
 * wrap a thrown error in a stack trace, and the list is the whole story.
 */
export function validateContent(logger: AstroIntegrationLogger): Site {
  try {
    const site = getSite();
    const emblems = emblemProblems(site.config.contentDir, site.lgos.map((l) => l.id));
    if (emblems.length) throw new ContentError(emblems);
    return site;
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

/**
 * Build step 1b, published ids: every id in the content's published.yaml must
 * still be in the content or retired on purpose, else the build stops (a
 * printed URL would 404). New ids are accepted and listed. Returns the record
 * and the retired ids to serve, or undefined when nothing is recorded yet.
 */
export function checkPublishedIds(site: Site, logger: AstroIntegrationLogger): { record: PublishedRecord; check: PublishedCheck; kitPaths: string[] } | undefined {
  let record: PublishedRecord | undefined;
  try {
    record = readPublished(site.config.contentDir);
  } catch (error) {
    if (!(error instanceof PublishedError)) throw error;
    logger.error(error.message);
    process.exit(1);
  }
  if (!record) {
    logger.warn(`${join(site.config.contentDir, PUBLISHED_FILE)} does not exist: no id is recorded as published yet. After deploying, run npm run published -- update and commit the file.`);
    return undefined;
  }
  const kitPaths = allJobs(site).map((job) => job.path);
  const check = checkPublished(record, site, kitPaths);
  if (check.problems.length) {
    logger.error(check.problems.join('\n'));
    process.exit(1);
  }
  const fresh = [...check.newProvinces, ...check.newLgos];
  if (fresh.length) {
    const sample = fresh.slice(0, 5).join(', ') + (fresh.length > 5 ? ', …' : '');
    logger.warn(`${fresh.length} new ids not yet recorded in ${PUBLISHED_FILE} (${sample}): run npm run published -- update after deploying`);
  }
  if (check.retired.length) logger.info(`${check.retired.length} retired LGO id(s) answer with their successor's page and kit files`);
  return { record, check, kitPaths };
}
