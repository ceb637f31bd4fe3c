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

/** One block of a markdown text as readers get it, or one attribute of its markup (a link's address). */
export interface PublishedText {
  /** 1-based line of the markdown where the block starts. */
  line: number;
  /** Its text: markup removed, entities and escapes decoded, white space (line breaks too) folded to one space. */
  text: string;
  /** For an attribute: its name (href, src, title, alt). */
  attribute?: string;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-f]+));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** HTML text with its character references decoded once (markdown-it writes &amp; &lt; &gt; &quot;). */
function decodeEntities(html: string): string {
  return html.replace(ENTITY, (entity, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()]!;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * What a markdown text publishes, block by block, from the HTML renderMarkdown
 * makes: the text (so &#48;81, 08**1**, 081\-234 and a number broken over two
 * lines read as the reader sees them: 081-234-5678) and each attribute value
 * (a tel: link's number, an image's alt text). The checks for mobile numbers
 * and unprintable characters run on this, not only on the source.
 */
export function publishedText(source: string): PublishedText[] {
  const found: PublishedText[] = [];
  let line = 1;
  for (const token of md.parse(source, {})) {
    if (token.map) line = token.map[0] + 1;
    const html = md.renderer.render([token], md.options, {});
    for (const [, attribute, value] of html.matchAll(/\s([a-z-]+)="([^"]*)"/g)) {
      if (value) found.push({ line, text: decodeEntities(value!), attribute });
    }
    const text = decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) found.push({ line, text });
  }
  return found;
}

export interface MarkdownFile {
  /** Parsed YAML front matter ({} when there is none). */
  data: unknown;
  body: string;
  /** The front matter's YAML source ('' when there is none); its first line is line 2 of the file. */
  frontMatter: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/**
 * Splits a markdown file into YAML front matter and body.
 * Throws with a readable message when the YAML does not parse.
 */
export function splitFrontMatter(source: string): MarkdownFile {
  const text = source.replace(/^\ufeff/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text, frontMatter: '', bodyLine: 1 };
  const bodyLine = 1 + (match[0].match(/\n/g)?.length ?? 0);
  return { data: parseYaml(match[1]!) ?? {}, body: text.slice(match[0].length), frontMatter: match[1]!, bodyLine };
}
