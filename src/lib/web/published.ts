import { readContentFile } from '../content/read-content-file';
import { join } from 'node:path';
import { parse } from 'yaml';
import { writeFileAtomic } from '../files';
import { LGO_TYPE_INFO, type LgoType } from '../content/lgo-types';
import type { Lgo } from '../content/load-content';
import type { Site } from '../content/site';
import { paths } from './paths';
import type { UiKey } from '../../i18n';
import type { Channels } from '../content/schemas';

/**
 * The record of published ids, committed with the content like a lockfile:
 * every LGO id and province slug whose URLs (/lgo/<id>/, /kit/lgo/<id>/<file>,
 * /province/<slug>/, /kit/province/<slug>/<file>) have gone out on posters,
 * banner snippets and distribution lists, and the LGO ids retired on purpose.
 * A build fails when a recorded id disappears without being retired. It is
 * changed by `npm run published -- update | retire` and by the import, never
 * by a plain build. It holds ids and kit file names, not page routes: HTML
 * poster pages may still go.
 */
export interface PublishedRecord {
  /** Province slugs. */
  provinces: string[];
  /** LGO ids in the registry. */
  lgos: string[];
  /** LGO ids that were published and are no longer in the registry on purpose. */
  retired: Retirement[];
  /** Kit file names published per kind: /kit/lgo/<id>/<file>, /kit/province/<slug>/<file>. */
  kitFiles: { lgo: string[]; province: string[] };
  /**
   * The Thai name of each recorded LGO id (`update` writes it), so a retirement
   * can name the LGO on its old page after it has left lgos.csv. Records written
   * before it have none: a notice then shows the id.
   */
  lgoNames?: Record<string, string>;
}

export const RETIRE_REASONS = ['merged', 'renamed', 'upgraded'] as const;
/** merged into another LGO; renamed (new id); upgraded: an อบต. that became a เทศบาล, usually with a new code. */
export type RetireReason = (typeof RETIRE_REASONS)[number];

export interface Retirement {
  id: string;
  /** The LGO that took over: its page and kit files answer for the old id. */
  successor: string;
  reason: RetireReason;
  /** The old LGO's name, when known, for the notice on its old page. */
  name?: string;
  /** YYYY-MM-DD. */
  date?: string;
}

/** A retired id with its successor resolved to an LGO in the registry (through chains of retirements). */
export interface RetiredLgo extends Retirement {
  current: Lgo;
}

/** The record's file name in the content folder. */
export const PUBLISHED_FILE = 'published.yaml';

/** A problem with the record or with the content against it; the message says what to do. */
export class PublishedError extends Error {}

const UPDATE_HINT = 'npm run published -- update';
const RETIRE_HINT = 'npm run published -- retire <old-id> --successor <new-id> --reason merged|renamed|upgraded';

const ID = /^[a-z0-9][a-z0-9-]*$/;

function stringList(value: unknown, file: string, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !ID.test(v))) {
    throw new PublishedError(`${file}: "${field}" must be a list of ids (lower-case letters, digits and hyphens); fix the file or write it again with ${UPDATE_HINT}`);
  }
  return value as string[];
}

/**
 * Reads the record of a content folder; undefined when it has none (nothing
 * published yet).
 * @throws PublishedError naming the file and field when it is malformed.
 */
export function readPublished(contentDir: string): PublishedRecord | undefined {
  const file = join(contentDir, PUBLISHED_FILE);
  // Read like every content file: a regular file inside the folder, never through a link.
  const read = readContentFile(contentDir, PUBLISHED_FILE);
  if (!read.ok && read.reason === 'missing') return undefined;
  if (!read.ok) throw new PublishedError(`${file}: ${read.message}`);
  let data: Record<string, unknown>;
  try {
    data = (parse(read.bytes.toString('utf8').replace(/^\ufeff/, '')) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new PublishedError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]}); restore it from git`);
  }
  const kitFiles = (data.kitFiles ?? {}) as Record<string, unknown>;
  const lgoNames = data.lgoNames ?? {};
  if (typeof lgoNames !== 'object' || Array.isArray(lgoNames) || Object.entries(lgoNames).some(([id, name]) => !ID.test(id) || typeof name !== 'string' || !name.trim())) {
    throw new PublishedError(`${file}: "lgoNames" must map LGO ids to their Thai names (id: "name"); fix the file or write it again with ${UPDATE_HINT}`);
  }
  const retired = data.retired ?? [];
  if (!Array.isArray(retired)) throw new PublishedError(`${file}: "retired" must be a list; restore it from git`);
  return {
    provinces: stringList(data.provinces, file, 'provinces'),
    lgos: stringList(data.lgos, file, 'lgos'),
    kitFiles: {
      lgo: (kitFiles.lgo as string[] | undefined) ?? [],
      province: (kitFiles.province as string[] | undefined) ?? [],
    },
    ...(Object.keys(lgoNames).length ? { lgoNames: lgoNames as Record<string, string> } : {}),
    retired: retired.map((entry: Record<string, unknown>, i: number) => {
      const where = `${file}: retired[${i}]`;
      if (typeof entry?.id !== 'string' || !ID.test(entry.id)) throw new PublishedError(`${where}.id must be an LGO id`);
      if (typeof entry.successor !== 'string' || !ID.test(entry.successor)) throw new PublishedError(`${where}.successor must be the id of the LGO that took over from ${entry.id}`);
      if (!RETIRE_REASONS.includes(entry.reason as RetireReason)) throw new PublishedError(`${where}.reason must be one of ${RETIRE_REASONS.join(', ')} (got "${String(entry.reason)}")`);
      return {
        id: entry.id,
        successor: entry.successor,
        reason: entry.reason as RetireReason,
        ...(typeof entry.name === 'string' ? { name: entry.name } : {}),
        ...(entry.date !== undefined ? { date: String(entry.date) } : {}),
      };
    }),
  };
}

const quote = (s: string) => JSON.stringify(s);

/** The record as committed: sorted, one id per line, so a diff shows exactly what changed. */
export function formatPublished(record: PublishedRecord): string {
  const names = Object.entries(record.lgoNames ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const list = (items: readonly string[]) => (items.length ? [...items].sort().map((i) => `  - ${i}`).join('\n') : '  []').replace(/^ {2}\[\]$/, ' []');
  const lines = [
    '# Published ids: every URL here has gone out on posters, banners and share links and must keep resolving.',
    '# A build fails when an id listed here is missing from the content and not retired.',
    `# Record newly published ids: ${UPDATE_HINT}`,
    `# Retire an id on purpose (its old page says so and links on; its kit files serve the successor's): ${RETIRE_HINT}`,
    '# Published URLs: /lgo/<id>/, /kit/lgo/<id>/<file>, /province/<slug>/, /kit/province/<slug>/<file>.',
    `provinces:${record.provinces.length ? '' : list([])}`,
    ...(record.provinces.length ? [list(record.provinces)] : []),
    `lgos:${record.lgos.length ? '' : list([])}`,
    ...(record.lgos.length ? [list(record.lgos)] : []),
    ...(names.length ? ['# The Thai name of each LGO id: the notice at a retired id\'s old URL names it.', 'lgoNames:', ...names.map(([id, name]) => `  ${id}: ${quote(name)}`)] : []),
    `retired:${record.retired.length ? '' : ' []'}`,
    ...[...record.retired]
      .sort((a, b) => a.id.localeCompare(b.id))
      .flatMap((r) => [
        `  - id: ${r.id}`,
        `    successor: ${r.successor}`,
        `    reason: ${r.reason}`,
        ...(r.name ? [`    name: ${quote(r.name)}`] : []),
        ...(r.date ? [`    date: ${quote(r.date)}`] : []),
      ]),
    'kitFiles:',
    `  lgo: [${[...record.kitFiles.lgo].sort().join(', ')}]`,
    `  province: [${[...record.kitFiles.province].sort().join(', ')}]`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes the record atomically into the content folder. */
export function writePublished(contentDir: string, record: PublishedRecord): void {
  writeFileAtomic(join(contentDir, PUBLISHED_FILE), formatPublished(record));
}

/** The kit file names a site publishes per kind, from its kit folders' paths (e.g. poster-a4.pdf). */
export function kitFileNames(kitPaths: readonly string[]): { lgo: string[]; province: string[] } {
  const names = (prefix: string) => [...new Set(kitPaths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(p.lastIndexOf('/') + 1)))].sort();
  return { lgo: names('/kit/lgo/'), province: names('/kit/province/') };
}

/** What a build found against the record: problems that stop it, ids not yet recorded, and retired ids to serve. */
export interface PublishedCheck {
  problems: string[];
  newLgos: string[];
  newProvinces: string[];
  retired: RetiredLgo[];
}

/**
 * Resolves each retirement to the LGO in the registry that answers for it,
 * following chains (a merged into b, b renamed c). Problems name the id and
 * say what to do.
 */
export function resolveRetirements(retired: readonly Retirement[], lgos: readonly Lgo[], file: string): { resolved: RetiredLgo[]; problems: string[] } {
  const live = new Map(lgos.map((l) => [l.id, l]));
  const byId = new Map(retired.map((r) => [r.id, r]));
  const resolved: RetiredLgo[] = [];
  const problems: string[] = [];
  for (const entry of retired) {
    if (live.has(entry.id)) {
      problems.push(`${file}: LGO "${entry.id}" is retired but is in lgos.csv again; delete its entry under "retired" if it is back on purpose`);
      continue;
    }
    const seen = new Set([entry.id]);
    let next = entry.successor;
    while (!live.has(next) && byId.has(next) && !seen.has(next)) {
      seen.add(next);
      next = byId.get(next)!.successor;
    }
    const current = live.get(next);
    if (current) resolved.push({ ...entry, current });
    else if (seen.has(next)) problems.push(`${file}: the retirements of ${[...seen].join(' → ')} go round in a circle; point one of them at an LGO in lgos.csv`);
    else problems.push(`${file}: retired LGO "${entry.id}" names successor "${entry.successor}", which is not in lgos.csv; retire it again with an existing successor: ${RETIRE_HINT}`);
  }
  return { resolved, problems };
}

/**
 * Checks a site against the record. Removed ids always fail (a printed URL
 * would 404); new ids are accepted and listed, to be recorded after deploying.
 */
export function checkPublished(record: PublishedRecord, site: Site, kitPaths: readonly string[]): PublishedCheck {
  const file = join(site.config.contentDir, PUBLISHED_FILE);
  const lgoIds = new Set(site.lgos.map((l) => l.id));
  const slugs = new Set(site.provinces.map((p) => p.slug));
  const retiredIds = new Set(record.retired.map((r) => r.id));
  const problems: string[] = [];

  const missingLgos = record.lgos.filter((id) => !lgoIds.has(id) && !retiredIds.has(id));
  if (missingLgos.length) {
    const empty = site.lgos.length === 0 ? ' (lgos.csv lists no LGO at all)' : '';
    problems.push(
      `${missingLgos.length} published LGO id(s) are no longer in lgos.csv${empty}: ${missingLgos.join(', ')}. ` +
        `Their pages /lgo/<id>/ and kit files /kit/lgo/<id>/… are printed on posters and must keep resolving. ` +
        `Put them back in lgos.csv, or retire each one on purpose: ${RETIRE_HINT}`,
    );
  }
  const missingProvinces = record.provinces.filter((slug) => !slugs.has(slug));
  if (missingProvinces.length) {
    problems.push(
      `${missingProvinces.length} published province slug(s) are no longer in provinces.csv: ${missingProvinces.join(', ')}. ` +
        'Their pages /province/<slug>/ are printed on posters: put them back in provinces.csv with the same slug.',
    );
  }
  const produced = kitFileNames(kitPaths);
  for (const kind of ['lgo', 'province'] as const) {
    const gone = record.kitFiles[kind].filter((name) => !produced[kind].includes(name));
    if (gone.length) {
      problems.push(`published kit file(s) /kit/${kind}/<id>/${gone.join(', ')} are no longer made by the kit; keep making them under the same name (their URLs are in banner snippets and distribution lists)`);
    }
  }
  const { resolved, problems: retireProblems } = resolveRetirements(record.retired, site.lgos, file);
  problems.push(...retireProblems);
  return {
    problems: problems.map((p) => (p.startsWith(file) ? p : `${file}: ${p}`)),
    newLgos: site.lgos.filter((l) => !record.lgos.includes(l.id)).map((l) => l.id),
    newProvinces: site.provinces.filter((p) => !record.provinces.includes(p.slug)).map((p) => p.slug),
    retired: resolved,
  };
}

/**
 * The record after a deploy (`npm run published -- update`): every id and kit
 * file the site publishes now is added; nothing is removed.
 * @throws PublishedError when recorded ids are missing and not retired (retire them first).
 */
export function recordPublished(record: PublishedRecord | undefined, site: Site, kitPaths: readonly string[]): PublishedRecord {
  const base: PublishedRecord = record ?? { provinces: [], lgos: [], retired: [], kitFiles: { lgo: [], province: [] } };
  const check = checkPublished(base, site, kitPaths);
  if (check.problems.length) throw new PublishedError(check.problems.join('\n'));
  const produced = kitFileNames(kitPaths);
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();
  return {
    provinces: union(base.provinces, site.provinces.map((p) => p.slug)),
    lgos: union(base.lgos, site.lgos.map((l) => l.id)),
    retired: base.retired,
    kitFiles: { lgo: union(base.kitFiles.lgo, produced.lgo), province: union(base.kitFiles.province, produced.province) },
    // The current name wins: a notice names the LGO as it was last published.
    lgoNames: { ...base.lgoNames, ...Object.fromEntries(site.lgos.map((l) => [l.id, l.nameTh])) },
  };
}

/**
 * Retires a published LGO id on purpose: its old page will say so and link
 * to the successor, its kit file URLs will serve the successor's files. The
 * retirement keeps the old name: the one given, else the one recorded for the
 * id (under lgoNames, or by an earlier retirement of it), so the notice can
 * name it after it has left lgos.csv.
 * @throws PublishedError when the id is not recorded, the successor is not in
 *   the registry, or the reason is unknown.
 */
export function retireLgo(
  record: PublishedRecord,
  retirement: Retirement,
  lgos: readonly Pick<Lgo, 'id'>[],
): PublishedRecord {
  const { id, successor, reason } = retirement;
  if (!RETIRE_REASONS.includes(reason)) throw new PublishedError(`--reason must be one of ${RETIRE_REASONS.join(', ')} (got "${reason}")`);
  if (!record.lgos.includes(id) && !record.retired.some((r) => r.id === id)) {
    throw new PublishedError(`"${id}" is not a published LGO id in ${PUBLISHED_FILE}: nothing to retire (check the spelling)`);
  }
  if (id === successor) throw new PublishedError(`"${id}" cannot succeed itself`);
  if (!lgos.some((l) => l.id === successor)) throw new PublishedError(`successor "${successor}" is not in lgos.csv: import or add it first, then retire "${id}"`);
  const name = retirement.name ?? record.lgoNames?.[id] ?? record.retired.find((r) => r.id === id)?.name;
  // The name moves to the retirement: lgoNames holds the ids under "lgos".
  const lgoNames = Object.fromEntries(Object.entries(record.lgoNames ?? {}).filter(([named]) => named !== id));
  const { lgoNames: _previous, ...rest } = record;
  return {
    ...rest,
    lgos: record.lgos.filter((l) => l !== id),
    retired: [...record.retired.filter((r) => r.id !== id), { ...retirement, ...(name ? { name } : {}) }],
    ...(Object.keys(lgoNames).length ? { lgoNames } : {}),
  };
}

/** What the import needs to know about an LGO to propose a retirement (a registry row: id, type, name_th, province). */
export interface LgoIdentity {
  id: string;
  type: LgoType;
  nameTh: string;
  /** The province's code, as the registry stores it. */
  province: string;
}

/** A published id an import would remove, with the successor it can tell, if any. */
export interface RetirementProposal {
  id: string;
  name: string;
  /** Set when the registry shows who took over (same name, new type: an อบต. that became a เทศบาล). */
  successor?: string;
  reason?: RetireReason;
}

/** An LGO's name without its type, e.g. "บางปะกง" for เทศบาลตำบลบางปะกง and องค์การบริหารส่วนตำบลบางปะกง. */
function bareName(lgo: LgoIdentity): string {
  const prefix = LGO_TYPE_INFO[lgo.type].full;
  return lgo.nameTh.startsWith(prefix) ? lgo.nameTh.slice(prefix.length).trim() : lgo.nameTh.trim();
}

/**
 * For the import (--prune, or a row whose type changed and got a new code):
 * the published LGO ids that `after` no longer has. Each gets a proposed
 * successor when the new registry has an LGO of the same province with the
 * same bare name and another type (reason "upgraded"); otherwise a person must
 * choose (merged or renamed) with `npm run published -- retire`. Apply the
 * proposals with successors through `retireLgo`; refuse the import while any
 * has none.
 */
export function proposeRetirements(record: PublishedRecord | undefined, before: readonly LgoIdentity[], after: readonly LgoIdentity[]): RetirementProposal[] {
  if (!record) return [];
  const afterIds = new Set(after.map((l) => l.id));
  return before
    .filter((lgo) => record.lgos.includes(lgo.id) && !afterIds.has(lgo.id))
    .map((lgo) => {
      const successor = after.find((l) => l.province === lgo.province && l.type !== lgo.type && bareName(l) === bareName(lgo) && !before.some((b) => b.id === l.id && b.type === l.type));
      return successor ? { id: lgo.id, name: lgo.nameTh, successor: successor.id, reason: 'upgraded' as const } : { id: lgo.id, name: lgo.nameTh };
    });
}

/** The retirement command a person runs for a proposal without a successor. */
export function retireCommand(proposal: RetirementProposal): string {
  return `npm run published -- retire ${proposal.id} --successor ${proposal.successor ?? '<new-id>'} --reason ${proposal.reason ?? 'merged|renamed|upgraded'}`;
}

/** Which old URL of a retired id a notice answers: the citizen page /lgo/<id>/ or the staff kit page /lgo/<id>/kit/. */
export type RetiredPage = 'lgo' | 'kit';

/** What the notice at a retired id's old page says and where it links (the successor's page of the same kind). */
export interface RetiredNotice {
  /** The old URL. */
  path: string;
  /** The successor's page of the same kind. */
  successorPath: string;
  /** For the dictionary: the old LGO's name (its id when the record has none) and the successor's. */
  names: { old: string; new: string };
  /** Dictionary keys of the parts that differ between the two kinds. */
  keys: { eyebrow: UiKey; link: UiKey; description: UiKey; reason: UiKey };
  /**
   * On the citizen page only: the way to complain, before the link on (a
   * citizen who scans an old poster came to complain), and the kit folder
   * whose share image is the page's og:image (the successor's: the old id's
   * files are the same).
   */
  citizen?: { websiteUrl: string; host: string; shareFolder: string };
}

export function retiredNotice(retired: RetiredLgo, page: RetiredPage, channels: Pick<Channels, 'website'>): RetiredNotice {
  const names = { old: retired.name ?? retired.id, new: retired.current.nameTh };
  const reason = `retired.${retired.reason}` as const;
  return page === 'kit'
    ? {
        path: paths.lgoStaffKit({ id: retired.id }),
        successorPath: paths.lgoStaffKit(retired.current),
        names,
        keys: { eyebrow: 'retired.kitEyebrow', link: 'retired.kitLink', description: 'retired.kitDescription', reason },
      }
    : {
        path: paths.lgo({ id: retired.id }),
        successorPath: paths.lgo(retired.current),
        names,
        keys: { eyebrow: 'retired.eyebrow', link: 'retired.link', description: 'retired.description', reason },
        citizen: { websiteUrl: channels.website.url, host: new URL(channels.website.url).host, shareFolder: paths.lgoKit(retired.current) },
      };
}

const retiredCache = new Map<string, RetiredLgo[]>();

/**
 * The retired LGOs of a site, read once per content folder (for page routes).
 * Empty when the content has no record.
 */
export function retiredLgos(site: Site): RetiredLgo[] {
  const key = site.config.contentDir;
  let retired = retiredCache.get(key);
  if (!retired) {
    const record = readPublished(site.config.contentDir);
    retired = record ? resolveRetirements(record.retired, site.lgos, PUBLISHED_FILE).resolved : [];
    retiredCache.set(key, retired);
  }
  return retired;
}

/**
 * Kit file URLs of retired ids and the successor's files they serve: every
 * file the successor's kit folder has in this build (`kitPaths`, the site
 * paths of the rendered kit), and every name recorded as published. Not the
 * recorded names alone: they are only as new as the last `update`, while the
 * old kit page linked every file of the kit (the story image, the Word ประกาศ,
 * the broadcast script, the previews), and any of those links may be in a
 * distribution list or a bookmark.
 */
export function retiredKitAliases(retired: readonly RetiredLgo[], record: PublishedRecord, kitPaths: readonly string[]): { path: string; target: string }[] {
  if (!retired.length) return [];
  // The kit's files by folder, once: a national kit has 93,560 paths.
  const byFolder = new Map<string, string[]>();
  for (const path of kitPaths) {
    const cut = path.lastIndexOf('/') + 1;
    const folder = path.slice(0, cut);
    const files = byFolder.get(folder);
    if (files) files.push(path.slice(cut));
    else byFolder.set(folder, [path.slice(cut)]);
  }
  return retired.flatMap((r) => {
    const folder = paths.lgoKit(r.current);
    const files = new Set([...record.kitFiles.lgo, ...(byFolder.get(folder) ?? [])]);
    return [...files].sort().map((file) => ({ path: `${paths.lgoKit({ id: r.id })}${file}`, target: `${folder}${file}` }));
  });
}

/**
 * For the import, in one call: the record after an import that turns the
 * registry `before` into `after`. Removed published ids whose successor the
 * registry shows are retired ("upgraded"); the others are `unresolved`: the
 * import must stop and print `message` (each with its retire command). The
 * import writes `record` (writePublished) together with lgos.csv; undefined
 * means nothing to change.
 */
export function importRetirements(
  record: PublishedRecord | undefined,
  before: readonly LgoIdentity[],
  after: readonly LgoIdentity[],
): { record?: PublishedRecord; unresolved: RetirementProposal[]; message: string } {
  const proposals = proposeRetirements(record, before, after);
  const unresolved = proposals.filter((p) => !p.successor);
  if (!record || !proposals.length) return { unresolved, message: '' };
  if (unresolved.length) {
    const lines = unresolved.map((p) => `  - ${p.id} (${p.name}): ${retireCommand(p)}`);
    return {
      unresolved,
      message: `${unresolved.length} published LGO id(s) would be removed, and the registry does not show who took over. Their printed URLs must keep resolving: retire each one (merged or renamed) first, then import again:\n${lines.join('\n')}`,
    };
  }
  const date = new Date().toISOString().slice(0, 10);
  const next = proposals.reduce(
    (acc, p) => retireLgo(acc, { id: p.id, successor: p.successor!, reason: p.reason!, name: p.name, date }, after),
    record,
  );
  return {
    record: next,
    unresolved,
    message: proposals.map((p) => `retired ${p.id} (${p.name}) → ${p.successor} (${p.reason}) in ${PUBLISHED_FILE}`).join('\n'),
  };
}

/** For the sitemap: false for the page of a retired id (a noindex notice), read from the content's record. */
export function notRetiredPage(contentDir: string): (url: string) => boolean {
  let ids: Set<string> | undefined;
  return (url) => {
    ids ??= new Set((readPublished(contentDir)?.retired ?? []).map((r) => r.id));
    const match = /\/lgo\/([^/]+)\/$/.exec(new URL(url).pathname);
    return !(match && ids.has(match[1]!));
  };
}
