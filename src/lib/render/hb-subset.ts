import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadFont, type FontKey } from './fonts';

/**
 * HarfBuzz's own subsetter (harfbuzz-subset.wasm, shipped in harfbuzzjs with
 * raw hb_subset_* exports and no JS wrapper), keeping glyph ids
 * (HB_SUBSET_FLAGS_RETAIN_GIDS) so ids from shaping the full font stay valid.
 */

interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
/** Tables a PDF viewer never reads from an embedded CIDFontType2 font. */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'cmap', 'name', 'post', 'OS/2', 'DSIG', 'kern', 'hdmx', 'VDMX', 'LTSH', 'gasp', 'STAT', 'meta', 'BASE', 'JSTF', 'MATH', 'morx', 'vhea', 'vmtx'];

let exports: SubsetExports | undefined;

function subsetter(): SubsetExports {
  if (!exports) {
    const path = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    exports = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(path)), {}).exports as unknown as SubsetExports;
  }
  return exports;
}

const tag = (name: string) => ((name.charCodeAt(0) << 24) | (name.charCodeAt(1) << 16) | (name.charCodeAt(2) << 8) | name.charCodeAt(3)) >>> 0;

/** The font with only the given glyphs (and .notdef and composite parts); glyph ids unchanged. */
export function hbSubset(font: Uint8Array, keep: Iterable<number>): Uint8Array {
  const hb = subsetter();
  const fontPtr = hb.malloc(font.length);
  new Uint8Array(hb.memory.buffer).set(font, fontPtr);
  const blob = hb.hb_blob_create(fontPtr, font.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('hb_subset_input_create_or_fail failed');
    const glyphs = hb.hb_subset_input_glyph_set(input);
    hb.hb_set_add(glyphs, 0);
    for (const id of keep) hb.hb_set_add(glyphs, id);
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const name of DROPPED_TABLES) hb.hb_set_add(drop, tag(name));
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('hb_subset_or_fail failed');
    const out = hb.hb_face_reference_blob(subset);
    const length = hb.hb_blob_get_length(out);
    const data = hb.hb_blob_get_data(out, 0);
    const bytes = new Uint8Array(hb.memory.buffer).slice(data, data + length);
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
    return bytes;
  } finally {
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(fontPtr);
  }
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
    subset = hbSubset(loadFont(key).bytes, ids);
    if (subsetCache.size > 200) subsetCache.clear();
    subsetCache.set(cacheKey, subset);
  }
  return subset;
}
