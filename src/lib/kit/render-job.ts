import { renderPdf } from '../render/pdf';
import type { Page } from '../render/page';
import { posterLayoutA4, posterPdfPage } from '../render/poster-pages';
import { previewPage, rasterize, scalePage, textFromMasks } from '../render/raster';
import { announcementPage, bannerImage, shareImage, storyImage } from '../render/templates';
import { withDraftMark } from './draft-mark';
import type { KitJob } from './jobs';
import { broadcastScript } from '../content/broadcast';
import { announcementDocx } from '../docx/announcement';
import { qrPng } from '../docx/common';
import { letterDocx } from '../docx/letter';
import { distributionCsv, distributionXlsx } from './distribution-list';
import { letterQrPdf, letterQrPng, letterQrSvg } from './letter-qr';

/** JPEG quality of share images: under 300 KB with room to spare, sharp text. */
const JPEG_QUALITY = 82;

/** Renders one kit file. A draft job (no SITE_URL) gets the draft mark on every page, after layout. */
export async function renderJob({ spec, campaign, draft }: KitJob): Promise<Buffer> {
  const mark = (page: Page) => (draft ? withDraftMark(page) : page);
  switch (spec.template) {
    case 'poster':
      return renderPdf(
        spec.subjects.map((subject) => posterPdfPage(subject, campaign, spec.paper, mark)),
        { title: spec.title, subject: campaign.title },
      );
    case 'announcement':
      return renderPdf([mark(announcementPage(spec.subject, campaign))], { title: spec.title, subject: campaign.title });
    case 'share':
      return rasterize(mark(shareImage(spec.subject, campaign, spec.width, spec.height)), 'jpeg', JPEG_QUALITY);
    case 'story':
      return rasterize(mark(storyImage(spec.subject, campaign, spec.width, spec.height)), 'jpeg', JPEG_QUALITY);
    case 'storyPreview':
      return rasterize(textFromMasks(scalePage(mark(storyImage(spec.subject, campaign, spec.width, spec.height)), spec.previewWidth)), 'jpeg', JPEG_QUALITY);
    case 'posterPreview':
      return rasterize(previewPage(mark(posterLayoutA4(spec.subject, campaign)), spec.width), 'preview');
    case 'announcementPreview':
      return rasterize(previewPage(mark(announcementPage(spec.subject, campaign)), spec.width), 'preview');
    case 'banner':
      return rasterize(mark(bannerImage(campaign, spec.width, spec.height)), 'png');
    case 'letter-qr':
      return spec.format === 'pdf' ? letterQrPdf(spec.url, spec.title, draft) : spec.format === 'svg' ? letterQrSvg(spec.url, draft) : letterQrPng(spec.url, draft);
    case 'distribution':
      return spec.format === 'csv' ? distributionCsv(spec.rows) : distributionXlsx(spec.rows, spec.sheet);
    case 'letter-docx':
      return letterDocx({ ...spec.letter, qrPng: await qrPng(spec.letter.staffUrl) });
    case 'announcement-docx':
      return announcementDocx({ ...spec.announcement, qrPng: await qrPng(spec.announcement.campaign.websiteUrl) });
    case 'broadcast':
      // With a byte-order mark: a host that serves .txt without a charset still shows Thai, and Notepad opens it right.
      return Buffer.from(`\ufeff${broadcastScript(spec.input)}`, 'utf8');
  }
}
