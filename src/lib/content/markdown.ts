import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';

// Raw HTML off: content authors write markdown, never markup, so a pasted
// <script> is shown as text instead of running on a government page.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Links in content may only be http(s) or mailto/tel; markdown-it's own
// validateLink already drops javascript:, vbscript:, file: and most data:.
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidate(url) && /^(https?:|mailto:|tel:|#|\/)/i.test(url.trim());

/** Markdown to safe HTML. */
export function renderMarkdown(source: string): string {
  return md.render(source);
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
