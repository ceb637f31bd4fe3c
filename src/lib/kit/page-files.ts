import { KIT_FILES, SHARE_SIZES, type KitFile } from '../web/paths';
import { formatBytes, kitEntry } from './manifest';
import { t } from '../../i18n';

export interface DownloadLink {
  href: string;
  label: string;
  /** "PDF, 24 KB"; without a size when the kit was not built (astro dev). */
  meta: string;
}

const FORMATS: Record<string, string> = { pdf: 'PDF', jpg: 'JPEG', png: 'PNG', svg: 'SVG', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', csv: 'CSV', txt: 'ข้อความ (TXT)', webp: 'WebP' };

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
