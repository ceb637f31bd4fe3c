import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';

// Raw HTML off: content authors write markdown, never markup, so a pasted
// <script> is shown as text instead of running on a government page.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Links in content may only be http(s) or mailto/tel; markdown-it's own
// validateLink already drops javascript:, vbscript:, file: and most data:.
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidate(url) && /^(https?:|mailto:|tel:|#|\/)/i.test(url.trim());

/** True for an image source that stays on the site: a path from the site's root ("/…", not "//host"). */
function isOwnImage(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//') && !src.startsWith('/\\');
}

// Belt and braces: an image from another host is dropped even if validation was skipped.
// (loadContent refuses such notes with a message; see remoteImages.)
const renderImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, idx, options, env, self) =>
  isOwnImage(String(tokens[idx]!.attrGet('src') ?? '')) ? renderImage(tokens, idx, options, env, self) : '';

/** Markdown to safe HTML. Images from other hosts are dropped. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/**
 * The images of a markdown text that would load from another host: each
 * page view would then tell that host who reads the page, and its owner could
 * swap the picture. Links stay allowed.
 */
export function remoteImages(source: string): string[] {
  const found: string[] = [];
  const visit = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'image') {
        const src = String(token.attrGet('src') ?? '');
        if (!isOwnImage(src)) found.push(src || '(empty)');
      }
      if (token.children) visit(token.children);
    }
  };
  visit(md.parse(source, {}));
  // Images whose link markdown-it refused (javascript:, data:) are not parsed as images; catch their syntax too.
  for (const match of source.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]*)/g)) {
    if (!isOwnImage(match[1]!) && !found.includes(match[1]!)) found.push(match[1]!);
  }
  return found;
}

export interface MarkdownFile {
  /** Parsed YAML front matter ({} when there is none). */
  data: unknown;
  body: string;
}

/**
 * Splits a markdown file into YAML front matter and body.
 * Throws with a readable message when the YAML does not parse.
 */
export function splitFrontMatter(source: string): MarkdownFile {
  const text = source.replace(/^\ufeff/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parseYaml(match[1]!) ?? {}, body: text.slice(match[0].length) };
}
