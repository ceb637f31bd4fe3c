import type { Lgo, Province } from '../content/load-content';

/**
 * Every URL of the site, in one place. ASCII only and stable, so links pasted
 * in LINE or Facebook stay readable and keep working.
 */
export const paths = {
  home: () => '/',
  province: (p: Pick<Province, 'slug'>) => `/province/${p.slug}/`,
  lgo: (l: Pick<Lgo, 'id'>) => `/lgo/${l.id}/`,
  /** The staff page of an LGO: previews, downloads, banners, share links (noindex). */
  lgoStaffKit: (l: Pick<Lgo, 'id'>) => `/lgo/${l.id}/kit/`,
  accessibility: () => '/accessibility/',
  privacy: () => '/privacy/',
  /** A district's page: its four-digit DOPA code keeps the URL ASCII and stable. */
  district: (d: { code: string }) => `/district/${d.code}/`,
  /** The staff letter kit of a district (noindex). */
  districtStaff: (d: { code: string }) => `/district/${d.code}/kit/`,
  /** The staff letter kit of a province (noindex). */
  provinceStaff: (p: Pick<Province, 'slug'>) => `/province/${p.slug}/kit/`,
  searchIndex: () => '/search-index.json',
  /** Folder of an LGO's print and share files. */
  lgoKit: (l: Pick<Lgo, 'id'>) => `/kit/lgo/${l.id}/`,
  provinceKit: (p: Pick<Province, 'slug'>) => `/kit/province/${p.slug}/`,
  /** Folder of a district's files: its poster bundle and letter kit. */
  districtKit: (d: { code: string }) => `/kit/district/${d.code}/`,
  homeKit: () => '/kit/home/',
  banners: () => '/kit/banner/',
} as const;

/**
 * File names inside a kit folder. Stable, with no content hash: LINE and
 * Facebook cache previews by URL, and clerks bookmark the PDFs.
 */
export const KIT_FILES = {
  posterA4: 'poster-a4.pdf',
  posterA3: 'poster-a3.pdf',
  announcement: 'announcement-a4.pdf',
  share: 'share-1200x630.jpg',
  post: 'post-1080x1080.jpg',
  bundle: 'posters-all-a4.pdf',
  /** Vertical story image for LINE VOOM, Facebook and Instagram stories. */
  story: 'story-1080x1920.jpg',
  /** The story at twice its thumbnail size on the kit page (the full image is 10 × the bytes). */
  storyPreview: 'story-preview.jpg',
  /** Small previews of the poster and the ประกาศ, drawn by the layout engine, shown on the kit page. */
  posterPreview: 'poster-a4.png',
  announcementPreview: 'announcement-a4.png',
  /** The ประกาศ as an editable Word file, for clerks who number, date and sign it in Word. */
  announcementDocx: 'announcement-a4.docx',
  /** The village broadcast script (บทประกาศเสียงตามสาย), UTF-8 text. */
  broadcast: 'broadcast.txt',
  /** Letter kit (province and district folders): the QR for the foot of the letter, 30 mm wide. */
  letterQrSvg: 'letter-qr.svg',
  letterQrPng: 'letter-qr-300dpi.png',
  letterQrPdf: 'letter-qr.pdf',
  /** Every LGO of the province or district, for mail merge and checking off. */
  distributionXlsx: 'distribution-list.xlsx',
  distributionCsv: 'distribution-list.csv',
  /** Draft external letter (หนังสือภายนอก) as an editable Word file. */
  letterDocx: 'letter-draft.docx',
} as const;
export type KitFile = keyof typeof KIT_FILES;

/** Pixel sizes of the share images, matching their file names: Open Graph link preview and square post. */
export const SHARE_SIZES = {
  share: { width: 1200, height: 630 },
  post: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
} as const;

/**
 * Displayed size of the story image's preview on the kit page: a thumbnail
 * in the story's 9:16 shape; its file (storyPreview) is drawn at twice this, for sharp phone screens.
 */
export const STORY_PREVIEW_SIZE = { width: 135, height: 240 } as const;

/** Web banners, shared by every LGO: width × height. */
export const BANNER_SIZES = [
  [728, 90],
  [300, 250],
  [1200, 300],
] as const;

export const bannerFile = ([width, height]: readonly [number, number]) => `banner-${width}x${height}.png`;

/** An absolute URL on the site, e.g. absoluteUrl('https://x.go.th', '/lgo/a/'). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}
