import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError, type ContentIssue } from './content-error';
import { addUnreported, yamlValueIssues } from './decoded-checks';
import { checkPublishedText, displayIn, firstLine, readContentText } from './load-content';
import { renderMarkdown, splitFrontMatter } from './markdown';

/**
 * Who runs the site and the statements every page links to, from
 * content/site.yaml and content/pages/*.md. Kept apart from the campaign
 * loader: these describe the website, not the campaign.
 */

/** The marker a content editor leaves where a fact is not known yet. */
export const TODO_MARKER = 'TODO';

export const SITE_INFO_FILES = {
  info: 'site.yaml',
  pages: 'pages',
} as const;

/** Statement pages linked from every footer: content/pages/<name>.md. */
export const STATEMENT_PAGES = ['accessibility', 'privacy'] as const;
export type StatementPage = (typeof STATEMENT_PAGES)[number];

const contact = z
  .string()
  .trim()
  .min(1, 'is required: an e-mail address or an https:// page where the public can reach the operator (or TODO until it is known)')
  .refine(
    (value) => value === TODO_MARKER || z.string().email().safeParse(value).success || /^https:\/\/[^\s/]+\.[^\s]+$/.test(value),
    'must be an e-mail address, an https:// address, or TODO',
  );

/** content/site.yaml. */
export const SiteInfoSchema = z.object({
  operator: z.object({
    /** Who runs this website, as the public should know it, e.g. กรมส่งเสริมการปกครองท้องถิ่น. */
    name: z.string().trim().min(1, 'is required').max(160, 'is longer than 160 characters'),
    /** How the public reaches them: an e-mail address or an https:// page; TODO until known (then a production build stops). */
    contact,
  }),
});

/** Front matter of content/pages/<name>.md. */
const StatementSchema = z.object({
  /** Page heading and title. */
  title: z.string().trim().min(1, 'is required').max(120, 'is longer than 120 characters'),
  /** One sentence for search results and share previews. */
  description: z.string().trim().min(1, 'is required').max(300, 'is longer than 300 characters'),
});

export interface Operator {
  name: string;
  /** mailto: or https: link; undefined while the content says TODO. */
  contactHref?: string;
  /** The address as shown. */
  contactText?: string;
}

export interface StatementContent {
  title: string;
  description: string;
  bodyHtml: string;
}

export interface SiteInfo {
  operator: Operator;
  pages: Record<StatementPage, StatementContent>;
}

/**
 * Reads site.yaml and the statement pages of a content folder.
 * @throws ContentError naming file and field of every problem.
 */
export function loadSiteInfo(dir: string): SiteInfo {
  const issues: ContentIssue[] = [];
  const file = join(dir, SITE_INFO_FILES.info);
  let operator: Operator | undefined;
  const problemsBefore = issues.length;
  const info = readContentText(dir, SITE_INFO_FILES.info, issues, { optional: true });
  if (info === undefined) {
    // Absent (a refused link or folder was reported by the reader).
    if (issues.length === problemsBefore) issues.push({ file, message: 'file is missing: it names who runs the site and how to reach them (operator.name, operator.contact)' });
  } else {
    let data: unknown;
    try {
      data = parseYaml(info);
      addUnreported(issues, yamlValueIssues(info, displayIn(dir, SITE_INFO_FILES.info)));
    } catch (error) {
      issues.push({ file, message: `not valid YAML: ${String(error).split('\n')[0]}` });
    }
    const result = SiteInfoSchema.safeParse(data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file, field: issue.path.join('.') || undefined, message: issue.message === 'Required' ? 'is required' : issue.message });
      }
    } else {
      const { name, contact: value } = result.data.operator;
      operator =
        value === TODO_MARKER
          ? { name }
          : { name, contactHref: value.includes('@') ? `mailto:${value}` : value, contactText: value.replace(/^https:\/\//, '') };
    }
  }
  const pages = {} as Record<StatementPage, StatementContent>;
  for (const name of STATEMENT_PAGES) {
    const path = join(dir, SITE_INFO_FILES.pages, `${name}.md`);
    const source = readContentText(dir, `${SITE_INFO_FILES.pages}/${name}.md`, issues);
    if (source === undefined) continue;
    let parts;
    try {
      parts = splitFrontMatter(source);
    } catch (error) {
      issues.push({ file: path, message: `front matter is not valid YAML: ${firstLine(error)}` });
      continue;
    }
    checkPublishedText(parts, displayIn(dir, `${SITE_INFO_FILES.pages}/${name}.md`), issues);
    const result = StatementSchema.safeParse(parts.data);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push({ file: path, field: issue.path.join('.'), message: issue.message === 'Required' ? 'is required' : issue.message });
      continue;
    }
    if (!parts.body.trim()) issues.push({ file: path, message: 'the statement (markdown after the front matter) is empty' });
    pages[name] = { ...result.data, bodyHtml: renderMarkdown(parts.body) };
  }
  if (issues.length || !operator) throw new ContentError(issues);
  return { operator, pages };
}

/**
 * Why this build must not ship, if it must not: a production build (SITE_URL
 * set, real content) needs a real way to reach the operator.
 */
export function operatorProblem(
  info: SiteInfo,
  { production, file = SITE_INFO_FILES.info }: { production: boolean; /** Path of site.yaml as the user would type it. */ file?: string },
): { level: 'error' | 'warn'; message: string } | undefined {
  if (info.operator.contactHref) return undefined;
  const message = `${file}, field "operator.contact" is ${TODO_MARKER}: pages name ${info.operator.name} but give no way to reach whoever runs the site. Fill in an e-mail address or https:// page.`;
  return production ? { level: 'error', message: `${message} A build with SITE_URL set stops here.` } : { level: 'warn', message };
}

// Pages are separate module instances in one build process: share one load.
const CACHE_KEY = Symbol.for('smartlaw.siteInfo');

/** The site information of a content folder, read once per process. */
export function getSiteInfo(dir: string): SiteInfo {
  const store = globalThis as unknown as Record<symbol, { dir: string; info: SiteInfo } | undefined>;
  const cached = store[CACHE_KEY];
  if (cached?.dir === dir) return cached.info;
  const info = loadSiteInfo(dir);
  store[CACHE_KEY] = { dir, info };
  return info;
}
