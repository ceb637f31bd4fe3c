import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content/content-error';
import { getSite } from '../lib/content/site';
import { getSiteInfo, operatorProblem, SITE_INFO_FILES } from '../lib/content/site-info';

/**
 * Checks content/site.yaml and the statement pages before pages render. A
 * real deployment (SITE_URL set, not synthetic test data) must say how to
 * reach whoever runs the site; the quick start only warns, loudly.
 */
export function siteInfoGuard(): AstroIntegration {
  return {
    name: 'smartlaw-site-info',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        try {
          const site = getSite();
          const problem = operatorProblem(getSiteInfo(site.config.contentDir), {
            production: !site.config.siteUrlIsDefault && !site.synthetic,
            file: join(site.config.contentDir, SITE_INFO_FILES.info),
          });
          if (problem?.level === 'error') {
            logger.error(problem.message);
            process.exit(1);
          }
          if (problem) logger.warn(`\n\n  !!! ${problem.message}\n`);
        } catch (error) {
          if (error instanceof ContentError) {
            logger.error(error.message);
            process.exit(1);
          }
          throw error;
        }
      },
    },
  };
}
