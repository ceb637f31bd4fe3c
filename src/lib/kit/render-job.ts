import { renderPdf, PDF_RENDERER_VERSION } from '../render/pdf';
import { rasterize } from '../render/raster';
import { SVG_RENDERER_VERSION } from '../render/svg';
import { announcementPage, bannerImage, posterPage, shareImage } from '../render/templates';
import type { KitJob } from './jobs';
import { broadcastScript } from '../content/broadcast';
import { announcementDocx } from '../docx/announcement';
import { qrPng } from '../docx/common';
import { letterDocx } from '../docx/letter';
import { distributionCsv, distributionXlsx } from './distribution-list';
import { letterQrPdf, letterQrPng, letterQrSvg } from './letter-qr';

/** Changes whenever any renderer's output may change: part of every cache key. */
export const KIT_RENDERER_VERSION = `pdf${PDF_RENDERER_VERSION}-svg${SVG_RENDERER_VERSION}-kit4`;

/** JPEG quality of share images: under 300 KB with room to spare, sharp text. */
const JPEG_QUALITY = 82;

/** Renders one kit file. */
export async function renderJob({ spec, campaign }: KitJob): Promise<Buffer> {
  switch (spec.template) {
    case 'poster':
      return renderPdf(
        spec.subjects.map((subject) => posterPage(subject, campaign, spec.paper)),
        { title: spec.title, subject: campaign.title },
      );
    case 'announcement':
      return renderPdf([announcementPage(spec.subject, campaign)], { title: spec.title, subject: campaign.title });
    case 'share':
      return rasterize(shareImage(spec.subject, campaign, spec.width, spec.height), 'jpeg', JPEG_QUALITY);
    case 'banner':
      return rasterize(bannerImage(campaign, spec.width, spec.height), 'png');
    case 'letter-qr':
      return spec.format === 'pdf' ? letterQrPdf(spec.url, spec.title) : spec.format === 'svg' ? letterQrSvg(spec.url) : letterQrPng(spec.url);
    case 'distribution':
      return spec.format === 'csv' ? distributionCsv(spec.rows) : distributionXlsx(spec.rows, spec.sheet);
    case 'letter-docx':
      return letterDocx({ ...spec.letter, qrPng: await qrPng(spec.letter.staffUrl) });
    case 'announcement-docx':
      return announcementDocx({ ...spec.announcement, qrPng: await qrPng(spec.announcement.campaign.websiteUrl) });
    case 'broadcast':
      return Buffer.from(broadcastScript(spec.input), 'utf8');
  }
}
