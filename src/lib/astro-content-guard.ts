import type { AstroIntegration } from 'astro';
import { ContentError } from './content-error';
import { getSite } from './site';

/**
 * Validates the content before Astro renders anything, so a bad row stops
 * the build with one clear list of problems and leaves dist/ as it was.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'smartlaw-content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        try {
          const site = getSite();
          logger.info(
            `content from ${site.config.contentDir}: ${site.provinces.length} provinces, ${site.lgos.length} LGOs`,
          );
          if (site.synthetic) {
            logger.warn('this content is SYNTHETIC TEST DATA: never deploy this build');
          }
          if (site.config.siteUrlIsDefault) {
            logger.warn(`SITE_URL is not set: links and share previews point to ${site.config.siteUrl}`);
          }
        } catch (error) {
          if (error instanceof ContentError) {
            logger.error(error.message);
            // Astro would wrap a thrown error in a stack trace; the list above is the whole story.
            process.exit(1);
          }
          throw error;
        }
      },
    },
  };
}
