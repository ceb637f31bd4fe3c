import type { Page } from './page';
import type { ScaledPage } from './pdf';
import { PAPER, posterPage, type KitCampaign, type KitSubject, type Paper } from './templates';

const layouts = new Map<string, Page>();

/** The A4 poster of a subject, laid out once per process: a province bundle, the A3 poster and the preview repeat it. */
export function posterLayoutA4(subject: KitSubject, campaign: KitCampaign): Page {
  const key = JSON.stringify([subject, campaign]);
  let page = layouts.get(key);
  if (!page) {
    page = posterPage(subject, campaign, 'A4');
    if (layouts.size > 4000) layouts.clear();
    layouts.set(key, page);
  }
  return page;
}

/**
 * A poster page for a kit PDF. Portrait ISO papers share one shape, so the
 * A3 poster is the A4 layout drawn √2 larger (one content stream under a
 * `cm` matrix), not laid out again; the page keeps A3's exact size.
 */
export function posterPdfPage(subject: KitSubject, campaign: KitCampaign, paper: Paper, finish: (page: Page) => Page = (page) => page): Page | ScaledPage {
  // `finish` adds what is drawn over the layout (the draft mark) without touching the cached layout.
  const page = finish(posterLayoutA4(subject, campaign));
  if (paper === 'A4') return page;
  const size = PAPER[paper];
  return { page, scale: size.width / PAPER.A4.width, width: size.width, height: size.height };
}
