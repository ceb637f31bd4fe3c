import { z } from 'zod';
import { LGO_TYPES } from './lgo-types';
import { REGIONS } from './regions';
import { parsePhone } from './phone';
import { unprintableProblem } from './printable';
import { emptyDash } from './spreadsheet-guard';
import { normalizeSpace } from '../thai/text';
import { lookAlikeProblem } from '../web/look-alike';
import { QR_ALLOWED_HOSTS } from '../web/qr-allowlist';

/** Trimmed, with runs of white space folded. (Every content file is checked for control and other unprintable characters as it is read.) */
const text = (max: number) =>
  z
    .string()
    .transform(normalizeSpace)
    .pipe(
      z
        .string()
        .min(1, 'is required')
        .max(max, `is longer than ${max} characters`),
    );

/** A name that goes on posters: printable text only, so emoji, bidi controls or other scripts cannot turn into boxes. */
const printableText = (max: number) =>
  text(max).superRefine((s, ctx) => {
    const problem = unprintableProblem(s);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

/** An empty cell means "not given". */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z
    .string()
    .optional()
    // A lone "-" is how spreadsheets write "nothing".
    .transform((s) => (s === undefined || emptyDash(s).trim() === '' ? undefined : s))
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

/** A registry's own link (an LGO's or an office's website): never an address that imitates the complaint website. */
const ownSiteUrl = webUrl.pipe(
  z.string().superRefine((u, ctx) => {
    const problem = lookAlikeProblem(u, QR_ALLOWED_HOSTS);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  }),
);

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

const DATE_HINT = 'write the date as YYYY-MM-DD (Gregorian), e.g. 2026-11-28';
const calendarDate = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value === undefined || value === null || value === '') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is missing: ${DATE_HINT}` });
    } else if (!(value instanceof Date) && typeof value !== 'string') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is not a date: ${DATE_HINT}` });
    }
  })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `is not written as a date: ${DATE_HINT}`));

/** One row of content/provinces.csv. */
export const ProvinceRowSchema = z.object({
  /** ISO 3166-2 code, e.g. TH-24. */
  code: z.string().trim().regex(/^TH-\d{2}$/, 'must be an ISO 3166-2 code like TH-24'),
  /** ASCII slug used in the province's URL. */
  slug,
  /** Thai name without "จังหวัด", e.g. ฉะเชิงเทรา. */
  name_th: printableText(60),
  /** English name, e.g. Chachoengsao. */
  name_en: printableText(60),
  /** yes for the campaign's pilot provinces. */
  pilot: yesNo,
  /** สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด…; empty where there is none (Bangkok). */
  office_name: optional(printableText(120)),
  /** The office's published line(s). */
  office_phone: optional(phone),
  /** The office's published e-mail address. */
  office_email: optional(z.string().trim().email('is not an e-mail address')),
  /** The office's website. */
  office_website: optional(ownSiteUrl),
  /** Region in the six-region scheme (National Geographical Committee, 1977): north, northeast, central, east, west, south. */
  region: z.enum(REGIONS, { errorMap: () => ({ message: `must be one of ${REGIONS.join(', ')}` }) }),
});
export const PROVINCE_COLUMNS = Object.keys(ProvinceRowSchema.shape);

/** A province as pages use it, made from a validated row of provinces.csv. */
export const ProvinceSchema = ProvinceRowSchema.transform((p) => ({
  code: p.code,
  slug: p.slug,
  nameTh: p.name_th,
  nameEn: p.name_en,
  pilot: p.pilot,
  /** Region in the six-region scheme, for grouping on the home page. */
  region: p.region,
  office: p.office_name
    ? { name: p.office_name, phone: p.office_phone, email: p.office_email, website: p.office_website }
    : undefined,
}));

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
  website: optional(ownSiteUrl),
  /** Official Facebook page. */
  facebook: optional(facebookUrl),
  /** Name of who signs the ประกาศ, printed in parentheses (public on a signed notice); empty leaves room to write it by hand. */
  signatory_name: optional(printableText(80)),
  /** Position under the signature, free text (e.g. ปฏิบัติหน้าที่นายก…); empty prints the executive's title. */
  signatory_title: optional(printableText(160)),
});
export const LGO_COLUMNS = Object.keys(LgoRowSchema.shape);

/** An LGO as pages use it, made from a validated row of lgos.csv; the loader adds its note and date. */
export const LgoSchema = LgoRowSchema.transform((l) => ({
  id: l.id,
  dlaCode: l.dla_code,
  type: l.type,
  nameTh: l.name_th,
  nameEn: l.name_en,
  provinceCode: l.province,
  district: l.district,
  /** Four-digit DOPA code of the district (src/lib/content/districts.ts); undefined for a province-wide body without one. */
  districtCode: undefined as string | undefined,
  phone: l.phone,
  website: l.website,
  facebook: l.facebook,
  /** Who signs the ประกาศ, when given. */
  signatoryName: l.signatory_name,
  /** The signatory's position, when it differs from the executive's title. */
  signatoryTitle: l.signatory_title,
  /** Rendered local note from content/lgos/<id>.md. */
  noteHtml: undefined as string | undefined,
  /** The campaign's date, or the note's own announcementDate. */
  announcementDate: new Date(0),
}));
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

/** content/channels.yaml: where complaints go. (The QR allowlist is code: src/lib/web/qr-allowlist.ts.) */
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
}).strict();

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

/** A schema's output with "may be undefined" keys written as optional ones (`a?: T`), as code builds them. */
type OptionalWhereUndefined<T> = { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> } & {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
};
type Flat<T> = { [K in keyof T]: T[K] };

/** The provincial local administration office of a province. */
export type ProvincialOffice = Flat<OptionalWhereUndefined<NonNullable<z.output<typeof ProvinceSchema>['office']>>>;
/** A province as validated content holds it. */
export type Province = Flat<OptionalWhereUndefined<Omit<z.output<typeof ProvinceSchema>, 'office'> & { office: ProvincialOffice | undefined }>>;
/** An LGO as validated content holds it. */
export type Lgo = Flat<OptionalWhereUndefined<z.output<typeof LgoSchema>>>;
