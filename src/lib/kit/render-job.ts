import { renderPdf, PDF_RENDERER_VERSION } from '../render/pdf';
import { rasterize } from '../render/raster';
import { SVG_RENDERER_VERSION } from '../render/svg';
import { posterPdfPage } from '../render/poster-pages';
import { announcementPage, bannerImage, shareImage } from '../render/templates';
import type { KitJob } from './jobs';

/** Changes whenever any renderer's output may change: part of every cache key. */
export const KIT_RENDERER_VERSION = `pdf${PDF_RENDERER_VERSION}-svg${SVG_RENDERER_VERSION}-kit3`;

/** JPEG quality of share images: under 300 KB with room to spare, sharp text. */
const JPEG_QUALITY = 82;

/** Renders one kit file. */
export async function renderJob({ spec, campaign }: KitJob): Promise<Buffer> {
  switch (spec.template) {
    case 'poster':
      return renderPdf(
        spec.subjects.map((subject) => posterPdfPage(subject, campaign, spec.paper)),
        { title: spec.title, subject: campaign.title },
      );
    case 'announcement':
      return renderPdf([announcementPage(spec.subject, campaign)], { title: spec.title, subject: campaign.title });
    case 'share':
      return rasterize(shareImage(spec.subject, campaign, spec.width, spec.height), 'jpeg', JPEG_QUALITY);
    case 'banner':
      return rasterize(bannerImage(campaign, spec.width, spec.height), 'png');
  }
}
