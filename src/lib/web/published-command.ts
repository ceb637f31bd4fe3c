import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { ContentError } from '../content/content-error';
import { createSite } from '../content/site';
import { loadContent } from '../content/load-content';
import { readSiteConfig } from '../content/site-config';
import { allJobs } from '../kit/jobs';
import { isoDateInBangkok } from '../thai/date';
import {
  checkPublished,
  PUBLISHED_FILE,
  PublishedError,
  readPublished,
  recordPublished,
  RETIRE_REASONS,
  retireLgo,
  writePublished,
  type RetireReason,
} from './published';

export const PUBLISHED_USAGE = `Usage: npm run published -- <command>

  update                       record every id and kit file the content publishes now
                               (run after deploying; never removes an id)
  retire <old-id> --successor <new-id> --reason ${RETIRE_REASONS.join('|')} [--name "old name"]
                               retire a published LGO id on purpose: its old page says so and
                               links to the successor; its kit file URLs serve the successor's files
  check                        what a build would say: removed ids, new ids, retired ids

The record is ${PUBLISHED_FILE} in the content folder (CONTENT_DIR, default content): commit it.`;

/** Runs `npm run published -- …`; returns the exit code and what to print. */
export function runPublishedCommand(argv: string[], env: Record<string, string | undefined>): { code: number; output: string } {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { successor: { type: 'string' }, reason: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return { code: 2, output: `${(error as Error).message}\n\n${PUBLISHED_USAGE}` };
  }
  const [command, ...rest] = args.positionals;
  if (args.values.help || !command) return { code: args.values.help ? 0 : 2, output: PUBLISHED_USAGE };
  const config = readSiteConfig(env);
  const file = join(config.contentDir, PUBLISHED_FILE);
  try {
    const site = createSite(loadContent(config.contentDir, { siteUrl: config.siteUrl }), config);
    const kitPaths = allJobs(site).map((job) => job.path);
    const record = readPublished(config.contentDir);
    switch (command) {
      case 'update': {
        const next = recordPublished(record, site, kitPaths);
        const added = next.lgos.length - (record?.lgos.length ?? 0) + next.provinces.length - (record?.provinces.length ?? 0);
        writePublished(config.contentDir, next);
        return { code: 0, output: `${file}: ${added} id(s) added; ${next.provinces.length} provinces, ${next.lgos.length} LGOs, ${next.retired.length} retired recorded. Commit it with the content.` };
      }
      case 'retire': {
        const { successor, reason, name } = args.values;
        if (rest.length !== 1 || !successor || !reason) return { code: 2, output: `retire needs one old id, --successor and --reason\n\n${PUBLISHED_USAGE}` };
        if (!record) return { code: 1, output: `${file} does not exist: nothing is published yet, so nothing needs retiring` };
        const id = rest[0]!;
        // Else retireLgo takes the name recorded for the id (lgoNames), for an LGO already removed from lgos.csv.
        const knownName = name ?? site.lgos.find((l) => l.id === id)?.nameTh;
        const next = retireLgo(
          record,
          { id, successor, reason: reason as RetireReason, ...(knownName ? { name: knownName } : {}), date: isoDateInBangkok(new Date()) },
          site.lgos,
        );
        writePublished(config.contentDir, next);
        const named = next.retired.find((r) => r.id === id)?.name;
        const nameNote = named ? ` Its notice names it ${named}.` : ` Its name is not recorded, so its notice shows "${id}": retire it again with --name "<Thai name>".`;
        const still = site.lgos.some((l) => l.id === id) ? ` Now remove "${id}" from lgos.csv (a build refuses a retired id that is still listed).` : '';
        return { code: 0, output: `${file}: "${id}" retired (${reason}); /lgo/${id}/ will link to /lgo/${successor}/ and /kit/lgo/${id}/… serve ${successor}'s files.${nameNote}${still}` };
      }
      case 'check': {
        if (!record) return { code: 0, output: `${file} does not exist: nothing recorded; run npm run published -- update after deploying` };
        const check = checkPublished(record, site, kitPaths);
        const lines = [
          ...check.problems,
          `${check.newProvinces.length + check.newLgos.length} new id(s) not yet recorded${check.newLgos.length ? `: ${[...check.newProvinces, ...check.newLgos].join(', ')}` : ''}`,
          `${check.retired.length} retired id(s)${check.retired.map((r) => `\n  ${r.id} → ${r.current.id} (${r.reason})`).join('')}`,
        ];
        return { code: check.problems.length ? 1 : 0, output: lines.join('\n') };
      }
      default:
        return { code: 2, output: `unknown command "${command}"\n\n${PUBLISHED_USAGE}` };
    }
  } catch (error) {
    if (error instanceof ContentError || error instanceof PublishedError) return { code: 1, output: error.message };
    throw error;
  }
}
