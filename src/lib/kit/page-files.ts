import { KIT_FILES, SHARE_SIZES, type KitFile } from '../web/paths';
import { PREVIEW_WIDTH } from './jobs';
import { formatBytes, kitEntry } from './manifest';
import { t } from '../../i18n';

export interface DownloadLink {
  href: string;
  label: string;
  /** "PDF, 24 KB"; without a size when the kit was not built (astro dev). */
  meta: string;
}

const FORMATS: Record<string, string> = { pdf: 'PDF', jpg: 'JPEG', png: 'PNG', webp: 'WebP' };

/** The download list of a kit folder, in the order given, with formats and sizes. */
export function downloadLinks(folder: string, files: readonly KitFile[]): DownloadLink[] {
  return files.flatMap((file) => {
    const href = `${folder}${KIT_FILES[file]}`;
    const entry = kitEntry(href);
    const format = FORMATS[KIT_FILES[file].split('.').pop()!] ?? '';
    return [{ href, label: t(`kit.file.${file}`), meta: entry ? t('kit.fileMeta', { format, size: formatBytes(entry.bytes) }) : format }];
  });
}

/** The share preview image of a kit folder, for og:image. */
export function shareImageMeta(folder: string, name: string, host: string) {
  return { path: `${folder}${KIT_FILES.share}`, ...SHARE_SIZES.share, alt: t('kit.shareImageAlt', { name, host }) };
}

export interface PreviewLink {
  /** The PDF to print. */
  href: string;
  /** The engine-drawn WebP preview of its first page. */
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
export function previewLinks(folder: string, name: string, withAnnouncement: boolean): PreviewLink[] {
  const size = { width: PREVIEW_WIDTH, height: Math.round(PREVIEW_WIDTH * A4_RATIO) };
  const links: PreviewLink[] = [{ href: `${folder}${KIT_FILES.posterA4}`, src: `${folder}${KIT_FILES.posterPreview}`, ...size, alt: t('kit.posterPreviewAlt', { name }) }];
  if (withAnnouncement) links.push({ href: `${folder}${KIT_FILES.announcement}`, src: `${folder}${KIT_FILES.announcementPreview}`, ...size, alt: t('kit.announcementPreviewAlt', { name }) });
  return links;
}
