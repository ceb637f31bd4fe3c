import { closeSync, openSync, readSync } from 'node:fs';
import { KIT_FILES, SHARE_SIZES, type KitFile } from '../web/paths';
import { openInBrowser } from '../web/share';
import { PREVIEW_WIDTH } from './jobs';
import { letterQrSizeMm } from './letter-qr';
import { formatBytes, type KitManifest } from './manifest';
import type { Translator } from '../../i18n';

export interface DownloadLink {
  /** Site path with LINE's openExternalBrowser flag, so the file opens outside LINE's in-app browser. */
  href: string;
  label: string;
  /** "PDF, 24 KB"; without a size when the kit was not built (astro dev). */
  meta: string;
}

const FORMATS: Record<string, string> = { pdf: 'PDF', jpg: 'JPEG', png: 'PNG', svg: 'SVG', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', csv: 'CSV', txt: 'ข้อความ (TXT)' };

/** The download list of a kit folder, in the order given, with formats and sizes from the manifest. */
export function downloadLinks(manifest: KitManifest, folder: string, files: readonly KitFile[], t: Translator): DownloadLink[] {
  return files.map((file) => {
    const path = `${folder}${KIT_FILES[file]}`;
    const entry = manifest.entry(path);
    const format = FORMATS[KIT_FILES[file].split('.').pop()!] ?? '';
    return { href: openInBrowser(path), label: t(`kit.file.${file}`), meta: entry ? t('kit.fileMeta', { format, size: formatBytes(entry.bytes) }) : format };
  });
}

/** A kit file's site path if this build has it, else undefined: pages show previews only for files that exist. */
export function kitFileIfBuilt(manifest: KitManifest, folder: string, file: KitFile): string | undefined {
  const path = `${folder}${KIT_FILES[file]}`;
  return manifest.entry(path) ? path : undefined;
}

/**
 * The printed size in mm that a letter QR SVG (as letterQrSvg writes it)
 * declares on its root element; undefined for anything else.
 */
export function svgSizeMm(svgStart: string): { width: number; height: number } | undefined {
  const root = /^<svg [^>]*?width="(\d+(?:\.\d+)?)mm" height="(\d+(?:\.\d+)?)mm"/.exec(svgStart);
  return root ? { width: Number(root[1]), height: Number(root[2]) } : undefined;
}

/**
 * The printed size in mm of a kit folder's letter QR: read from the start of
 * the SVG this build rendered (its root names the size), and laid out anew
 * only when the kit was not built (astro dev). A province or district staff
 * page shows the QR in these proportions before it loads.
 */
export function letterQrSize(manifest: KitManifest, folder: string, pageUrl: string): { width: number; height: number } {
  const entry = manifest.entry(`${folder}${KIT_FILES.letterQrSvg}`);
  if (entry) {
    const start = Buffer.alloc(512);
    const fd = openSync(entry.file, 'r');
    try {
      const size = svgSizeMm(start.toString('utf8', 0, readSync(fd, start, 0, start.length, 0)));
      if (size) return size;
    } finally {
      closeSync(fd);
    }
  }
  return letterQrSizeMm(pageUrl);
}

/**
 * The share preview image of a kit folder, for og:image. Its URL carries the
 * file's content version (?v=…) so LINE and Facebook fetch a new preview after
 * a change, while the file's path stays the same for bookmarks and snippets.
 */
export function shareImageMeta(manifest: KitManifest, folder: string, name: string, host: string, t: Translator) {
  const path = `${folder}${KIT_FILES.share}`;
  const version = manifest.version(path);
  return { path: version ? `${path}?v=${version}` : path, ...SHARE_SIZES.share, alt: t('kit.shareImageAlt', { name, host }) };
}

export interface PreviewLink {
  /** The PDF to print. */
  href: string;
  /** The engine-drawn PNG preview of its first page. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** A4 portrait: the previews' height for their width. */
const A4_RATIO = 297 / 210;

/**
 * Preview images of a kit folder's poster (and, for LGOs, its ประกาศ), each
 * linking to the PDF it shows: the page's print action.
 */
export function previewLinks(manifest: KitManifest, folder: string, name: string, withAnnouncement: boolean, t: Translator): PreviewLink[] {
  const size = { width: PREVIEW_WIDTH, height: Math.round(PREVIEW_WIDTH * A4_RATIO) };
  const links: PreviewLink[] = [];
  const add = (pdf: KitFile, preview: KitFile, alt: string) => {
    const src = kitFileIfBuilt(manifest, folder, preview);
    if (src) links.push({ href: openInBrowser(`${folder}${KIT_FILES[pdf]}`), src, ...size, alt });
  };
  add('posterA4', 'posterPreview', t('kit.posterPreviewAlt', { name }));
  if (withAnnouncement) add('announcement', 'announcementPreview', t('kit.announcementPreviewAlt', { name }));
  return links;
}
