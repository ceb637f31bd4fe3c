import { loadFont, type FontKey } from './fonts';

/**
 * A TrueType subsetter that keeps glyph ids: glyphs not in the set become
 * empty, so ids from HarfBuzz shaping of the full font stay valid in the
 * subset. Only the tables a PDF viewer needs to draw glyphs are kept.
 */

const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];

interface TableRecord {
  offset: number;
  length: number;
}

function readTables(font: Uint8Array): Map<string, TableRecord> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

/** Font-wide metrics a PDF font descriptor needs, from the head table. */
export function fontBoundingBox(font: Uint8Array): [number, number, number, number] {
  const head = readTables(font).get('head')!;
  const view = new DataView(font.buffer, font.byteOffset + head.offset, head.length);
  return [view.getInt16(36), view.getInt16(38), view.getInt16(40), view.getInt16(42)];
}

/** Glyph ids that composite glyphs in the set are built from. */
function addComponents(glyf: DataView, glyphStart: (id: number) => [number, number], ids: Set<number>): void {
  const queue = [...ids];
  while (queue.length) {
    const id = queue.pop()!;
    const [start, end] = glyphStart(id);
    if (end - start < 10 || glyf.getInt16(start) >= 0) continue; // empty or simple glyph
    let at = start + 10;
    for (;;) {
      const flags = glyf.getUint16(at);
      const component = glyf.getUint16(at + 2);
      if (!ids.has(component)) {
        ids.add(component);
        queue.push(component);
      }
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) break;
    }
  }
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** The font with only the given glyphs (and .notdef and composite parts) drawn; ids unchanged. */
export function subsetTrueType(font: Uint8Array, keep: Iterable<number>): Uint8Array {
  const tables = readTables(font);
  const table = (tag: string) => {
    const record = tables.get(tag);
    if (!record) throw new Error(`font has no ${tag} table`);
    return font.subarray(record.offset, record.offset + record.length);
  };
  const head = new Uint8Array(table('head'));
  const headView = new DataView(head.buffer);
  const longLoca = headView.getInt16(50) === 1;
  const numGlyphs = new DataView(table('maxp').buffer, table('maxp').byteOffset).getUint16(4);
  const loca = table('loca');
  const locaView = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const glyf = table('glyf');
  const glyfView = new DataView(glyf.buffer, glyf.byteOffset, glyf.byteLength);
  const glyphRange = (id: number): [number, number] =>
    longLoca ? [locaView.getUint32(id * 4), locaView.getUint32(id * 4 + 4)] : [locaView.getUint16(id * 2) * 2, locaView.getUint16(id * 2 + 2) * 2];

  const ids = new Set([0, ...keep].filter((id) => id >= 0 && id < numGlyphs));
  addComponents(glyfView, glyphRange, ids);

  // New glyf with only kept glyphs; long loca for every id.
  const sorted = [...ids].sort((a, b) => a - b);
  let size = 0;
  for (const id of sorted) {
    const [start, end] = glyphRange(id);
    size += (end - start + 3) & ~3;
  }
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const newLocaView = new DataView(newLoca.buffer);
  let offset = 0;
  for (let id = 0; id < numGlyphs; id++) {
    newLocaView.setUint32(id * 4, offset);
    if (!ids.has(id)) continue;
    const [start, end] = glyphRange(id);
    newGlyf.set(glyf.subarray(start, end), offset);
    offset += (end - start + 3) & ~3;
  }
  newLocaView.setUint32(numGlyphs * 4, offset);
  headView.setInt16(50, 1); // long loca
  headView.setUint32(8, 0); // checkSumAdjustment, recomputed below

  const out = new Map<string, Uint8Array>();
  for (const tag of KEPT_TABLES) {
    if (tag === 'glyf') out.set(tag, newGlyf);
    else if (tag === 'loca') out.set(tag, newLoca);
    else if (tag === 'head') out.set(tag, head);
    else if (tables.has(tag)) out.set(tag, table(tag));
  }

  const count = out.size;
  let dataOffset = 12 + count * 16;
  const total = dataOffset + [...out.values()].reduce((sum, t) => sum + ((t.length + 3) & ~3), 0);
  const result = new Uint8Array(total);
  const view = new DataView(result.buffer);
  const log2 = Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, 16 * 2 ** log2);
  view.setUint16(8, log2);
  view.setUint16(10, count * 16 - 16 * 2 ** log2);
  let index = 0;
  let headOffset = 0;
  for (const [tag, data] of [...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const at = 12 + index * 16;
    for (let i = 0; i < 4; i++) result[at + i] = tag.charCodeAt(i);
    view.setUint32(at + 4, checksum(data));
    view.setUint32(at + 8, dataOffset);
    view.setUint32(at + 12, data.length);
    result.set(data, dataOffset);
    if (tag === 'head') headOffset = dataOffset;
    dataOffset += (data.length + 3) & ~3;
    index++;
  }
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(result)) >>> 0);
  return result;
}

const subsetCache = new Map<string, Uint8Array>();

/**
 * A glyph-id-keeping subset of one of our fonts, cached per glyph set
 * within a process (a bundle and its LGOs' posters use the same glyphs).
 */
export function subsetFont(key: FontKey, ids: readonly number[]): Uint8Array {
  const cacheKey = `${key}:${ids.join(',')}`;
  let subset = subsetCache.get(cacheKey);
  if (!subset) {
    subset = subsetTrueType(loadFont(key).bytes, ids);
    if (subsetCache.size > 200) subsetCache.clear();
    subsetCache.set(cacheKey, subset);
  }
  return subset;
}
