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

// A tag with quoted attribute values (which may hold ">"), a comment, a doctype or CDATA.
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * An HTML page with every keep-together unit in its visible text nodes
 * wrapped (see above). Never touches tags, attribute values, comments, or
 * the content of script, style, title, textarea, pre, code, svg (JSON and
 * code included). Unknown or broken markup passes through unchanged.
 */
export function keepUnitsTogether(html: string): string {
  if (!THAI.test(html)) return html;
  let out = '';
  let at = 0;
  let skipping: string | undefined; // the element whose content is left alone
  let depth = 0; // nesting of that element inside itself (pre in pre)
  let lower: string | undefined;
  const markup = new RegExp(MARKUP.source, 'g');
  for (let match = markup.exec(html); match; match = markup.exec(html)) {
    const text = html.slice(at, match.index);
    out += skipping ? text : keepUnitsInText(text);
    const tag = match[0];
    out += tag;
    at = match.index + tag.length;
    const name = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(tag);
    if (!name) continue;
    const closing = name[1] === '/';
    const element = name[2]!.toLowerCase();
    const selfClosing = tag.endsWith('/>');
    if (skipping) {
      if (element === skipping) depth += closing ? -1 : selfClosing ? 0 : 1;
      if (depth === 0) skipping = undefined;
    } else if (!closing && !selfClosing && SKIPPED.has(element)) {
      skipping = element;
      depth = 1;
      // Raw-text elements end only at their own end tag: jump there, whatever their content looks like.
      if (['script', 'style', 'title', 'textarea'].includes(element)) {
        const end = (lower ??= html.toLowerCase()).indexOf(`</${element}`, at);
        const stop = end < 0 ? html.length : end;
        out += html.slice(at, stop);
        at = stop;
        markup.lastIndex = stop;
      }
    }
  }
  const rest = html.slice(at);
  out += skipping ? rest : keepUnitsInText(rest);
  return out;
}
