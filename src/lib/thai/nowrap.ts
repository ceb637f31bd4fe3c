import { findUnits, unitPieces, wordBoundaries } from './segment';

/**
 * Web pages keep the same units whole as the PDFs and images: each
 * keep-together unit that a browser could split (ท้อง|ถิ่น, การร้อง|เรียน,
 * องค์การบริหารส่วน|ตำบล…) is wrapped in `<span class="sl-nowrap">`. A unit
 * longer than LONG_UNIT characters (which may be wider than a phone's line
 * in a heading) is instead cut into its own allowed pieces, each kept whole,
 * with `<wbr>` between them, inside an inline block: the browser moves the
 * whole unit to the next line when it fits there, and breaks it between its
 * pieces only when it is wider than the line (a heading on a 360 px screen).
 * A unit longer than BLOCK_UNIT characters cannot fit a phone's line anyway
 * (a 120-character name): its pieces flow inline, filling lines, since an
 * inline block that wraps leaves a rectangle nothing can follow on its line.
 */

/** The class that carries `white-space: nowrap` (src/styles/fonts.css). */
export const NOWRAP_CLASS = 'sl-nowrap';
/** The inline block around a long unit's pieces (src/styles/fonts.css). */
export const LONG_UNIT_CLASS = 'sl-keep';

/** Units longer than this wrap between their own pieces rather than never. */
export const LONG_UNIT = 20;

/** Units up to this long move to the next line whole (an inline block); longer ones just flow. */
export const BLOCK_UNIT = 40;

/** Elements whose text is not running text a reader sees wrap, or must stay byte for byte. */
const SKIPPED = new Set(['script', 'style', 'title', 'textarea', 'pre', 'code', 'svg', 'math', 'template', 'noscript', 'head']);

const THAI = /[\u0e00-\u0e7f]/;

const multiPart = new Map<string, boolean>();

/** Whether a browser could break inside a piece of text (a word boundary or a space inside it). */
function breakable(piece: string): boolean {
  let result = multiPart.get(piece);
  if (result === undefined) {
    result = /\s/.test(piece) || wordBoundaries(piece).size > 2;
    multiPart.set(piece, result);
  }
  return result;
}

const wrap = (piece: string) => (breakable(piece) ? `<span class="${NOWRAP_CLASS}">${piece}</span>` : piece);

const inlineBlock = (block: boolean, html: string) => (block ? `<span class="${LONG_UNIT_CLASS}">${html}</span>` : html);

const textCache = new Map<string, string>();

/** One text node (raw HTML text, entities as written) with its units kept together. */
export function keepUnitsInText(text: string): string {
  if (!THAI.test(text)) return text;
  let out = textCache.get(text);
  if (out !== undefined) return out;
  out = '';
  let at = 0;
  for (const unit of findUnits(text)) {
    const word = text.slice(unit.start, unit.end);
    if (word.includes('&') || word.includes('<')) continue;
    out += text.slice(at, unit.start);
    out += word.length <= LONG_UNIT ? wrap(word) : inlineBlock(word.length <= BLOCK_UNIT, unitPieces(word).map(wrap).join('<wbr>'));
    at = unit.end;
  }
  out += text.slice(at);
  // Most text repeats from page to page (the campaign, the menus): transform it once.
  if (textCache.size > 50_000) textCache.clear();
  textCache.set(text, out);
  return out;
}

/**
 * Where the markup that starts at `at` (a "<") ends: after a comment, a
 * CDATA section, a doctype, or a tag with quoted attribute values (which
 * may hold ">"); undefined when this "<" starts none of them (a lone "<" in
 * text). Unclosed markup runs to the end of the page. A scanner, not a
 * regular expression: every page's every tag passes through it.
 */
function markupEnd(html: string, at: number): number | undefined {
  const next = html.charCodeAt(at + 1);
  if (next === 33 /* ! */) {
    // An unclosed comment or CDATA section runs to the end of the page; an unclosed "<!" is text.
    const close = html.startsWith('<!--', at) ? '-->' : html.startsWith('<![CDATA[', at) ? ']]>' : '>';
    const end = html.indexOf(close, at + 2);
    return end >= 0 ? end + close.length : close === '>' ? undefined : html.length;
  }
  const first = next === 47 /* / */ ? html.charCodeAt(at + 2) : next;
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return undefined;
  for (let i = at + 2; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const end = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (end < 0) return undefined;
      i = end;
    }
  }
  return undefined;
}

/** Where the raw text of `element` that starts at `from` ends: at its end tag, in any case, or the end of the page. */
function rawTextEnd(html: string, element: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + element.length).toLowerCase() === element) return at;
  }
  return html.length;
}

/** Elements whose content is raw text up to their own end tag, whatever it looks like. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

/**
 * An HTML page with every keep-together unit in its visible text nodes
 * wrapped (see above). Never touches tags, attribute values, comments, or
 * the content of script, style, title, textarea, pre, code, svg (JSON and
 * code included). Unknown or broken markup passes through unchanged.
 */
export function keepUnitsTogether(html: string): string {
  if (!THAI.test(html)) return html;
  // Only changed text is cut out and joined: most of a page (tags, text without units) is copied in long stretches.
  let out = '';
  let copied = 0; // html before this offset is in out
  let at = 0; // the start of the text node being read
  let skipping: string | undefined; // the element whose content is left alone
  let depth = 0; // nesting of that element inside itself (pre in pre)
  const text = (start: number, end: number) => {
    if (skipping || end <= start) return;
    const before = html.slice(start, end);
    const after = keepUnitsInText(before);
    if (after === before) return;
    out += html.slice(copied, start) + after;
    copied = end;
  };
  const tagName = /<(\/?)([a-zA-Z][^\s/>]*)/y;
  for (let open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
    const end = markupEnd(html, open);
    if (end === undefined) continue;
    text(at, open);
    at = end;
    tagName.lastIndex = open;
    const name = tagName.exec(html);
    open = end - 1;
    if (!name) continue;
    const closing = name[1] === '/';
    const element = name[2]!.toLowerCase();
    const selfClosing = html.charCodeAt(end - 2) === 47; // "/>"
    if (skipping) {
      if (element === skipping) depth += closing ? -1 : selfClosing ? 0 : 1;
      if (depth === 0) skipping = undefined;
    } else if (!closing && !selfClosing && SKIPPED.has(element)) {
      skipping = element;
      depth = 1;
      // Raw-text elements end only at their own end tag: jump there, whatever their content looks like.
      if (RAW_TEXT.has(element)) {
        at = rawTextEnd(html, element, at);
        open = at - 1;
      }
    }
  }
  text(at, html.length);
  return copied === 0 ? html : out + html.slice(copied);
}
