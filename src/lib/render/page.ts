import type { FontKey } from './fonts';

/**
 * A laid-out page: what the layout engine produces and every renderer
 * (PDF, SVG/PNG/JPEG) draws. Origin top-left, y downwards, in the page's
 * unit (points for PDFs, pixels for images).
 */
export interface Page {
  width: number;
  height: number;
  items: PageItem[];
}

/** An sRGB colour as #rrggbb. */
export type Color = `#${string}`;

export interface TextItem {
  kind: 'text';
  /** Differs between documents of one template (the announcer's name); the rest can be drawn once and reused. */
  variable?: boolean;
  text: string;
  font: FontKey;
  size: number;
  /** Left end of the baseline. */
  x: number;
  /** Baseline. */
  y: number;
  color: Color;
  /** Extra advance before some characters (justified lines); glyphs of one cluster never move apart. */
  spacing?: Spacing[];
}

/** Extra advance inserted before the character at `index` of a line, in the page's unit. */
export interface Spacing {
  index: number;
  extra: number;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Color;
  stroke?: Color;
  lineWidth?: number;
  /** Corner radius. */
  radius?: number;
  /** Dash length for a dashed stroke. */
  dash?: number;
}

export interface QrItem {
  kind: 'qr';
  url: string;
  x: number;
  y: number;
  /** Side of the whole code including the quiet zone. */
  size: number;
  /** Dark modules, row-major, without quiet zone. */
  modules: { size: number; data: ArrayLike<number | boolean> };
  quietZone: number;
}

/** A clickable area in PDFs. */
export interface LinkItem {
  kind: 'link';
  url: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One step of an outline: move, line, cubic Bézier (two control points, then the end), close. */
export type PathCommand = ['M', number, number] | ['L', number, number] | ['C', number, number, number, number, number, number] | ['Z'];

/**
 * A filled vector shape (the campaign's icon), drawn by us: commands in the
 * shape's own units, placed at (x, y) and multiplied by `scale`.
 */
export interface PathItem {
  kind: 'path';
  x: number;
  y: number;
  scale: number;
  commands: readonly PathCommand[];
  fill: Color;
}

/** A raster or SVG picture from a file (the emblem on a ประกาศ), fitted into its box keeping its proportions. */
export interface ImageItem {
  kind: 'image';
  /** Absolute path of a PNG, JPEG or SVG file. */
  path: string;
  /** SHA-256 of the file: part of cache keys, so a replaced file re-renders. */
  sha256: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PageItem = TextItem | RectItem | QrItem | LinkItem | PathItem | ImageItem;

/** Millimetres to PDF points. */
export const MM = 72 / 25.4;
