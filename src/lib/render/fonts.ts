import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';

/** The faces the print and share files use: Sarabun, the Thai official-document face. */
export type FontKey = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const FONT_FILES: Record<FontKey, string> = {
  regular: require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
};

export interface LoadedFont {
  key: FontKey;
  /** PostScript-style name for the PDF. */
  name: string;
  bytes: Uint8Array;
  /** Units per em. */
  upem: number;
  hbFont: hb.Font;
  ascender: number;
  descender: number;
  /** The font's bounding box (head table): xMin, yMin, xMax, yMax in font units. */
  bbox: [number, number, number, number];
}

/** The head table's bounding box, for a PDF font descriptor. */
function headBoundingBox(bytes: Uint8Array): [number, number, number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(at, at + 4)) !== 'head') continue;
    const head = view.getUint32(at + 8);
    return [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)];
  }
  throw new Error('font has no head table');
}

const cache = new Map<FontKey, LoadedFont>();

/** A font, loaded once per process from the npm package (never from the network). */
export function loadFont(key: FontKey): LoadedFont {
  let font = cache.get(key);
  if (!font) {
    const bytes = new Uint8Array(readFileSync(FONT_FILES[key]));
    const face = new hb.Face(new hb.Blob(bytes));
    const hbFont = new hb.Font(face);
    const extents = hbFont.hExtents();
    font = {
      key,
      name: key === 'bold' ? 'Sarabun-Bold' : 'Sarabun-Regular',
      bytes,
      upem: face.upem,
      hbFont,
      ascender: extents?.ascender ?? 1068,
      descender: extents?.descender ?? -232,
      bbox: headBoundingBox(bytes),
    };
    cache.set(key, font);
  }
  return font;
}

/** Hash of the font files, part of every render-cache key. */
export function fontsFingerprint(): string {
  const hash = createHash('sha256');
  for (const key of ['regular', 'bold'] as const) hash.update(loadFont(key).bytes);
  return hash.digest('hex').slice(0, 16);
}
