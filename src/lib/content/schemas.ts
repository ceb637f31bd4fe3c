import { z } from 'zod';
import { LGO_TYPES } from './lgo-types';
import { parsePhone } from './phone';
import { normalizeSpace } from '../thai/text';

/** Trimmed, with runs of white space folded; control characters refused. */
const text = (max: number) =>
  z
    .string()
    .transform(normalizeSpace)
    .pipe(
      z
        .string()
        .min(1, 'is required')
        .max(max, `is longer than ${max} characters`)
        .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'contains control characters'),
    );

// What the printed documents can draw with Sarabun: Thai, Latin, punctuation.
const PRINTABLE = /^[\u0020-\u007e\u00a0-\u00ff\u0e01-\u0e5b\u2010-\u2027\u2030-\u205e]*$/u;

/** A name that goes on posters: printable text only, so emoji or other scripts cannot turn into boxes. */
const printableText = (max: number) =>
  text(max).refine(
    (s) => PRINTABLE.test(s),
    (s) => ({
      message: `contains characters the posters cannot print (${[...new Set([...s].filter((c) => !PRINTABLE.test(c)))].join(' ')}); use Thai or Latin letters`,
    }),
  );

/** An empty cell means "not given". */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined || s.trim() === '' ? undefined : s))
    .pipe(schema.optional());

const slug = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(60, 'is longer than 60 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII letters, digits and single hyphens (e.g. pao-chachoengsao)');

/** Parts of a URL, or undefined when it does not parse (zod runs refinements even after .url() fails). */
const parseUrl = (u: string): URL | undefined => {
  try {
    return new URL(u);
  } catch {
    return undefined;
  }
};

/** An http(s) link shown on a page (not a QR target: those are checked against the allowlist). */
// Each .pipe() stage runs only when the one before passed, so a bad URL gets one message, not three.
const webUrl = z
  .string()
  .trim()
  .url('is not a valid URL')
  .pipe(z.string().refine((u) => /^https?:$/.test(parseUrl(u)?.protocol ?? ''), 'must start with https:// or http://'));

const httpsUrl = webUrl.pipe(z.string().refine((u) => u.startsWith('https://'), 'must start with https://'));

const facebookUrl = httpsUrl.pipe(
  z
    .string()
    .refine((u) => /^(?:www\.|m\.)?(?:facebook\.com|fb\.com)$/.test(parseUrl(u)?.hostname ?? ''), 'must be a page on facebook.com'),
);

const phone = z.string().transform((raw, ctx) => {
  const parsed = parsePhone(raw);
  if ('problem' in parsed) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.problem });
    return z.NEVER;
  }
  return parsed;
});

const yesNo = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => ['', 'yes', 'no', 'true', 'false', '1', '0'].includes(s), 'must be yes or no')
  .transform((s) => ['yes', 'true', '1'].includes(s));

const calendarDate = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD (Gregorian), e.g. 2026-11-28'));

/** One row of content/provinces.csv. */
export const ProvinceRowSchema = z.object({
  /** ISO 3166-2 code, e.g. TH-24. */
  code: z.string().trim().regex(/^TH-\d{2}$/, 'must be an ISO 3166-2 code like TH-24'),
  /** ASCII slug used in the province's URL. */
  slug,
  /** Thai name without "จังหวัด", e.g. ฉะเชิงเทรา. */
  name_th: text(60),
  /** English name, e.g. Chachoengsao. */
  name_en: text(60),
  /** yes for the campaign's pilot provinces. */
  pilot: yesNo,
  /** สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด…; empty where there is none (Bangkok). */
  office_name: optional(text(120)),
  /** The office's published line(s). */
  office_phone: optional(phone),
  /** The office's published e-mail address. */
  office_email: optional(z.string().trim().email('is not an e-mail address')),
  /** The office's website. */
  office_website: optional(webUrl),
});
export const PROVINCE_COLUMNS = Object.keys(ProvinceRowSchema.shape);

/** One row of content/lgos.csv. */
export const LgoRowSchema = z.object({
  /** Stable ASCII id, used in URLs: the DLA code or a slug. */
  id: slug,
  /** DLA's numeric code of the LGO (รหัส อปท.) where known. */
  dla_code: optional(z.string().trim().regex(/^\d{5,8}$/, 'must be 5 to 8 digits')),
  /** One of LGO_TYPES. */
  type: z.enum(LGO_TYPES, {
    errorMap: () => ({ message: `must be one of ${LGO_TYPES.join(', ')}` }),
  }),
  /** Full Thai name, e.g. องค์การบริหารส่วนจังหวัดฉะเชิงเทรา. */
  name_th: printableText(120),
  /** English name. */
  name_en: optional(printableText(160)),
  /** ISO code of the province it belongs to, e.g. TH-24. */
  province: z.string().trim().min(1, 'is required'),
  /** District (อำเภอ) of the office; empty for province-wide bodies. */
  district: optional(printableText(60)),
  /** The office's published line(s). */
  phone: optional(phone),
  /** Official website. */
  website: optional(webUrl),
  /** Official Facebook page. */
  facebook: optional(facebookUrl),
  /** Name of who signs the ประกาศ, printed in parentheses (public on a signed notice); empty leaves room to write it by hand. */
  signatory_name: optional(printableText(80)),
  /** Position under the signature, free text (e.g. ปฏิบัติหน้าที่นายก…); empty prints the executive's title. */
  signatory_title: optional(printableText(160)),
});
export const LGO_COLUMNS = Object.keys(LgoRowSchema.shape);
export const LGO_REQUIRED_COLUMNS = ['id', 'type', 'name_th', 'province'];

/** Front matter of content/campaign.md; its body is the campaign text. */
export const CampaignSchema = z.object({
  /** Headline of the campaign. */
  title: text(120),
  /** One or two sentences for the top of pages and share previews. */
  summary: text(400),
  /** Date printed on announcements, YYYY-MM-DD. */
  announcementDate: calendarDate,
  /** The three complaint subjects of the provincial letter. */
  subjects: z
    .array(z.object({ title: text(120), description: text(400) }))
    .length(3, 'must list exactly the three complaint subjects'),
  /** How to file a complaint, in order. */
  steps: z
    .array(z.object({ title: text(120), description: optional(text(400)) }))
    .min(2, 'must have at least 2 steps')
    .max(8, 'must have at most 8 steps'),
});

/** content/channels.yaml: where complaints go. */
export const ChannelsSchema = z.object({
  website: z.object({
    /** The complaint website; a QR target. */
    url: httpsUrl,
    /** Its name, e.g. ระบบ Smart Law. */
    name: text(80),
  }),
  app: z.object({
    /** The app's name as the stores list it. */
    name: text(40),
    /** Leave empty until the official link is known; never guess it. */
    appStoreUrl: optional(httpsUrl),
    /** Leave empty until the official link is known; never guess it. */
    googlePlayUrl: optional(httpsUrl),
  }),
  /** Hosts a QR code may point to. The site's own host is always added. */
  qrAllowedHosts: z
    .array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+$/, 'must be a host name like sll.dla.go.th'))
    .min(1, 'must list at least one host'),
});

/** Front matter of an optional content/lgos/<id>.md note. */
export const LgoNoteSchema = z
  .object({
    /** Overrides the campaign's announcement date for this LGO. */
    announcementDate: calendarDate.optional(),
  })
  .strict();

export type ProvinceRow = z.output<typeof ProvinceRowSchema>;
export type LgoRow = z.output<typeof LgoRowSchema>;
export type Campaign = z.output<typeof CampaignSchema>;
export type Channels = z.output<typeof ChannelsSchema>;
