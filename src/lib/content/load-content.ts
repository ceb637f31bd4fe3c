import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError, type ContentIssue } from './content-error';
import { parseCsv, type CsvTable } from './csv';
import type { LgoType } from './lgo-types';
import { renderMarkdown, splitFrontMatter } from './markdown';
import type { PhoneNumber } from './phone';
import { qrTargetProblem } from '../web/qr';
import {
  CampaignSchema,
  ChannelsSchema,
  LGO_COLUMNS,
  LGO_REQUIRED_COLUMNS,
  LgoNoteSchema,
  LgoRowSchema,
  PROVINCE_COLUMNS,
  ProvinceRowSchema,
  type Campaign,
  type Channels,
} from './schemas';
import { SYNTHETIC_MARKER } from '../fixture/synthetic';
import { parseCalendarDate } from '../thai/date';

export interface ProvincialOffice {
  name: string;
  phone?: PhoneNumber;
  email?: string;
  website?: string;
}

export interface Province {
  code: string;
  slug: string;
  nameTh: string;
  nameEn: string;
  pilot: boolean;
  office?: ProvincialOffice;
}

export interface Lgo {
  id: string;
  dlaCode?: string;
  type: LgoType;
  nameTh: string;
  nameEn?: string;
  provinceCode: string;
  district?: string;
  phone?: PhoneNumber;
  website?: string;
  facebook?: string;
  /** Who signs the ประกาศ, when given. */
  signatoryName?: string;
  /** The signatory's position, when it differs from the executive's title. */
  signatoryTitle?: string;
  /** Rendered local note from content/lgos/<id>.md. */
  noteHtml?: string;
  announcementDate: Date;
}

export interface SiteContent {
  campaign: Omit<Campaign, 'announcementDate'> & { bodyHtml: string; announcementDate: Date };
  channels: Channels;
  /** The allowlist in force: channels.yaml's hosts plus the site's own. */
  qrAllowedHosts: string[];
  provinces: Province[];
  lgos: Lgo[];
  /** True for a synthetic test fixture (scripts/fixture.ts): pages say so, loudly. */
  synthetic: boolean;
}

/** The files a content folder holds. */
export const CONTENT_FILES = {
  campaign: 'campaign.md',
  channels: 'channels.yaml',
  provinces: 'provinces.csv',
  lgos: 'lgos.csv',
  notes: 'lgos',
} as const;

export interface LoadOptions {
  /** The site's base URL; its host may be a QR target. */
  siteUrl: string;
}

/**
 * Reads and validates a content folder. Collects every problem it can find
 * and throws one ContentError naming file, row and field of each.
 */
export function loadContent(dir: string, { siteUrl }: LoadOptions): SiteContent {
  const issues: ContentIssue[] = [];
  // Paths in messages as the user would type them: relative inside the project, absolute outside.
  const display = (name: string) => {
    const path = relative(process.cwd(), join(dir, name));
    return path.startsWith('..') ? resolve(dir, name) : path;
  };

  const campaign = readCampaign(dir, display(CONTENT_FILES.campaign), issues);
  const channels = readChannels(dir, display(CONTENT_FILES.channels), issues);
  const provinces = readProvinces(dir, display(CONTENT_FILES.provinces), issues);
  // Every id written in lgos.csv, valid row or not: a note for a rejected row is no orphan.
  const idsInCsv = new Set<string>();
  const lgos = readLgos(dir, display(CONTENT_FILES.lgos), provinces, idsInCsv, issues);

  const qrAllowedHosts = channels ? [...new Set([...channels.qrAllowedHosts, new URL(siteUrl).hostname])] : [];
  if (channels) checkQrTargets(channels, qrAllowedHosts, display(CONTENT_FILES.channels), issues);
  if (campaign && lgos) readNotes(dir, display(CONTENT_FILES.notes), lgos, idsInCsv, campaign.announcementDate, issues);

  if (issues.length || !campaign || !channels || !provinces || !lgos) throw new ContentError(issues);
  const synthetic = existsSync(join(dir, SYNTHETIC_MARKER));
  return { campaign, channels, qrAllowedHosts, provinces, lgos, synthetic };
}

function readText(dir: string, name: string, file: string, issues: ContentIssue[]): string | undefined {
  const path = join(dir, name);
  if (!existsSync(path)) {
    issues.push({ file, message: 'file is missing' });
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

/** Turns zod issues into ours, with the field named by its path. */
function zodIssues(error: z.ZodError, file: string, row?: number): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    row,
    field: issue.path.length ? issue.path.join('.') : undefined,
    message: issue.message === 'Required' ? 'is required' : issue.message,
  }));
}

function readCampaign(dir: string, file: string, issues: ContentIssue[]): SiteContent['campaign'] | undefined {
  const source = readText(dir, CONTENT_FILES.campaign, file, issues);
  if (source === undefined) return undefined;
  let parts;
  try {
    parts = splitFrontMatter(source);
  } catch (error) {
    issues.push({ file, message: `front matter is not valid YAML: ${firstLine(error)}` });
    return undefined;
  }
  const result = CampaignSchema.safeParse(parts.data);
  if (!result.success) {
    issues.push(...zodIssues(result.error, file));
    return undefined;
  }
  const announcementDate = parseCalendarDate(result.data.announcementDate);
  if (!announcementDate) {
    issues.push({ file, field: 'announcementDate', message: `"${result.data.announcementDate}" is not a real date` });
    return undefined;
  }
  if (!parts.body.trim()) issues.push({ file, message: 'the campaign text (markdown body after the front matter) is empty' });
  return { ...result.data, announcementDate, bodyHtml: renderMarkdown(parts.body) };
}

function readChannels(dir: string, file: string, issues: ContentIssue[]): Channels | undefined {
  const source = readText(dir, CONTENT_FILES.channels, file, issues);
  if (source === undefined) return undefined;
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    issues.push({ file, message: `not valid YAML: ${firstLine(error)}` });
    return undefined;
  }
  const result = ChannelsSchema.safeParse(data ?? {});
  if (!result.success) {
    issues.push(...zodIssues(result.error, file));
    return undefined;
  }
  return result.data;
}

function checkQrTargets(channels: Channels, hosts: string[], file: string, issues: ContentIssue[]): void {
  const targets: [string, string | undefined][] = [
    ['website.url', channels.website.url],
    ['app.appStoreUrl', channels.app.appStoreUrl],
    ['app.googlePlayUrl', channels.app.googlePlayUrl],
  ];
  for (const [field, url] of targets) {
    const problem = url === undefined ? undefined : qrTargetProblem(url, hosts);
    if (problem) issues.push({ file, field, message: `cannot become a QR code: ${problem}` });
  }
}

function readTable(
  dir: string,
  name: string,
  file: string,
  columns: readonly string[],
  required: readonly string[],
  issues: ContentIssue[],
): CsvTable | undefined {
  const source = readText(dir, name, file, issues);
  if (source === undefined) return undefined;
  let table: CsvTable;
  try {
    table = parseCsv(source, file);
  } catch (error) {
    if (error instanceof ContentError) {
      issues.push(...error.issues);
      return undefined;
    }
    throw error;
  }
  const missing = required.filter((c) => !table.headers.includes(c));
  const unknown = table.headers.filter((h) => !columns.includes(h));
  for (const column of missing) issues.push({ file, row: 1, field: column, message: 'column is missing from the header' });
  for (const column of unknown) {
    issues.push({ file, row: 1, field: column, message: `unknown column (expected: ${columns.join(', ')})` });
  }
  return missing.length || unknown.length ? undefined : table;
}

function readProvinces(dir: string, file: string, issues: ContentIssue[]): Province[] | undefined {
  const table = readTable(dir, CONTENT_FILES.provinces, file, PROVINCE_COLUMNS, ['code', 'slug', 'name_th', 'name_en'], issues);
  if (!table) return undefined;
  const provinces: Province[] = [];
  const seenCodes = new Map<string, number>();
  const seenSlugs = new Map<string, number>();
  for (const { row, values } of table.rows) {
    const result = ProvinceRowSchema.safeParse(values);
    if (!result.success) {
      issues.push(...zodIssues(result.error, file, row));
      continue;
    }
    const p = result.data;
    const dupCode = seenCodes.get(p.code);
    if (dupCode) issues.push({ file, row, field: 'code', message: `duplicate code ${p.code} (also on row ${dupCode})` });
    const dupSlug = seenSlugs.get(p.slug);
    if (dupSlug) issues.push({ file, row, field: 'slug', message: `duplicate slug ${p.slug} (also on row ${dupSlug})` });
    seenCodes.set(p.code, row);
    seenSlugs.set(p.slug, row);
    const hasOfficeDetails = p.office_phone || p.office_email || p.office_website;
    if (hasOfficeDetails && !p.office_name) {
      issues.push({ file, row, field: 'office_name', message: 'is required when the office has a phone, e-mail or website' });
    }
    provinces.push({
      code: p.code,
      slug: p.slug,
      nameTh: p.name_th,
      nameEn: p.name_en,
      pilot: p.pilot,
      office: p.office_name
        ? { name: p.office_name, phone: p.office_phone, email: p.office_email, website: p.office_website }
        : undefined,
    });
  }
  return provinces;
}

function readLgos(
  dir: string,
  file: string,
  provinces: Province[] | undefined,
  idsInCsv: Set<string>,
  issues: ContentIssue[],
): Lgo[] | undefined {
  const table = readTable(dir, CONTENT_FILES.lgos, file, LGO_COLUMNS, LGO_REQUIRED_COLUMNS, issues);
  if (!table) return undefined;
  const provinceCodes = new Set(provinces?.map((p) => p.code));
  const lgos: Lgo[] = [];
  const seenIds = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  const paoRows = new Map<string, number>();
  for (const { row, values } of table.rows) {
    if (values.id) idsInCsv.add(values.id.trim());
    const result = LgoRowSchema.safeParse(values);
    if (!result.success) {
      issues.push(...zodIssues(result.error, file, row));
      continue;
    }
    const l = result.data;
    const dupId = seenIds.get(l.id);
    if (dupId) issues.push({ file, row, field: 'id', message: `duplicate id ${l.id} (also on row ${dupId})` });
    seenIds.set(l.id, row);
    if (l.dla_code) {
      const dupCode = seenCodes.get(l.dla_code);
      if (dupCode) issues.push({ file, row, field: 'dla_code', message: `duplicate code ${l.dla_code} (also on row ${dupCode})` });
      seenCodes.set(l.dla_code, row);
    }
    if (provinces && !provinceCodes.has(l.province)) {
      issues.push({ file, row, field: 'province', message: `unknown province "${l.province}" (use a code from provinces.csv, e.g. TH-24)` });
    }
    if (l.type === 'pao') {
      const other = paoRows.get(l.province);
      if (other) issues.push({ file, row, field: 'type', message: `a second pao in ${l.province} (the first is on row ${other})` });
      paoRows.set(l.province, row);
    }
    lgos.push({
      id: l.id,
      dlaCode: l.dla_code,
      type: l.type,
      nameTh: l.name_th,
      nameEn: l.name_en,
      provinceCode: l.province,
      district: l.district,
      phone: l.phone,
      website: l.website,
      facebook: l.facebook,
      signatoryName: l.signatory_name,
      signatoryTitle: l.signatory_title,
      announcementDate: new Date(0), // set by readNotes once the campaign date is known
    });
  }
  return lgos;
}

function readNotes(
  dir: string,
  folder: string,
  lgos: Lgo[],
  idsInCsv: ReadonlySet<string>,
  campaignDate: Date,
  issues: ContentIssue[],
): void {
  const byId = new Map(lgos.map((l) => [l.id, l]));
  for (const lgo of lgos) lgo.announcementDate = campaignDate;
  const path = join(dir, CONTENT_FILES.notes);
  if (!existsSync(path)) return;
  for (const name of readdirSync(path).sort()) {
    if (!name.endsWith('.md')) continue;
    const file = join(folder, name);
    const id = name.slice(0, -3);
    const lgo = byId.get(id);
    if (!lgo) {
      // A row that failed validation is reported already; its note is not an orphan.
      if (!idsInCsv.has(id)) {
        issues.push({ file, message: `no LGO with id "${id}" in lgos.csv (a note's file name must be <id>.md)` });
      }
      continue;
    }
    let parts;
    try {
      parts = splitFrontMatter(readFileSync(join(path, name), 'utf8'));
    } catch (error) {
      issues.push({ file, message: `front matter is not valid YAML: ${firstLine(error)}` });
      continue;
    }
    const result = LgoNoteSchema.safeParse(parts.data);
    if (!result.success) {
      issues.push(...zodIssues(result.error, file));
      continue;
    }
    if (result.data.announcementDate) {
      const date = parseCalendarDate(result.data.announcementDate);
      if (date) lgo.announcementDate = date;
      else issues.push({ file, field: 'announcementDate', message: `"${result.data.announcementDate}" is not a real date` });
    }
    if (parts.body.trim()) lgo.noteHtml = renderMarkdown(parts.body);
  }
}

/** The first line of an error message: YAML errors append a multi-line code excerpt. */
function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}
