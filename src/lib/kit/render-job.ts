import { renderPdf } from '../render/pdf';
import type { Page } from '../render/page';
import { previewPage, rasterize } from '../render/raster';
import { announcementPage, bannerImage, posterPage, shareImage, storyImage } from '../render/templates';
import { withDraftMark } from './draft-mark';
import type { KitJob } from './jobs';

/** JPEG quality of share images: under 300 KB with room to spare, sharp text. */
const JPEG_QUALITY = 82;

/** Renders one kit file. A draft job (no SITE_URL) gets the draft mark on every page, after layout. */
export async function renderJob({ spec, campaign, draft }: KitJob): Promise<Buffer> {
  const mark = (page: Page) => (draft ? withDraftMark(page) : page);
  switch (spec.template) {
    case 'poster':
      return renderPdf(
        spec.subjects.map((subject) => mark(posterPage(subject, campaign, spec.paper))),
        { title: spec.title, subject: campaign.title },
      );
    case 'announcement':
      return renderPdf([mark(announcementPage(spec.subject, campaign))], { title: spec.title, subject: campaign.title });
    case 'share':
      return rasterize(mark(shareImage(spec.subject, campaign, spec.width, spec.height)), 'jpeg', JPEG_QUALITY);
    case 'story':
      return rasterize(mark(storyImage(spec.subject, campaign, spec.width, spec.height)), 'jpeg', JPEG_QUALITY);
    case 'posterPreview':
      return rasterize(previewPage(mark(posterPage(spec.subject, campaign, 'A4')), spec.width), 'webp');
    case 'announcementPreview':
      return rasterize(previewPage(mark(announcementPage(spec.subject, campaign)), spec.width), 'webp');
    case 'banner':
      return rasterize(mark(bannerImage(campaign, spec.width, spec.height)), 'png');
  }
}
