import { COLOR } from '../design/tokens';
import type { Page, PageItem } from '../render/page';
import { measureText } from '../render/shape';
import { t } from '../../i18n';

const BAND = COLOR.draftMark;
const TEXT = COLOR.paper;

/** The mark's text size on a page: fits the width, about 2.5 % of the height, readable, and leaves a short banner most of its face. */
function markSize(page: Page, text: string): number {
  const fitWidth = (page.width * 0.92) / measureText(text, 'bold', 1);
  return Math.min(fitWidth, page.height * 0.12, Math.max(page.height * 0.025, page.width * 0.02, 9));
}

/**
 * Adds the "sample, no site address set, do not print" mark to a laid-out page:
 * a red band with white text across the top and the bottom, drawn over
 * whatever the template put there. Applied after layout, in one place, so
 * every template and output (PDF, JPEG, PNG) carries it and no template needs
 * to know. Used when SITE_URL is not set and pages print a placeholder address.
 */
export function withDraftMark(page: Page): Page {
  const text = t('kit.draftMark');
  const size = markSize(page, text);
  const bandHeight = size * 1.9;
  const x = (page.width - measureText(text, 'bold', size)) / 2;
  const band = (top: number): PageItem[] => [
    { kind: 'rect', x: 0, y: top, width: page.width, height: bandHeight, fill: BAND },
    // Variable: the raster renderer draws it over its cached background glyph by glyph.
    { kind: 'text', variable: true, text, font: 'bold', size, x, y: top + bandHeight * 0.66, color: TEXT },
  ];
  return { ...page, items: [...page.items, ...band(0), ...band(page.height - bandHeight)] };
}
