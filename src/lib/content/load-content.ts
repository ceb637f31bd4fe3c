import type { LgoType } from './lgo-types';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { join, relative, resolve } from 'node:path';
import { lstatSync } from 'node:fs';
import { ContentError, type ContentIssue } from './content-error';
import { addUnreported, markdownTextIssues, yamlValueIssues } from './decoded-checks';
import { SYNTHETIC_MARKER } from './constants';
import { remoteImages, renderMarkdown, splitFrontMatter, type MarkdownFile } from './markdown';
import { findMobileNumbers, mobileNumberProblem } from './phone';
import { unprintableLines } from './printable';
import { listContentFolder, readContentFile } from './read-content-file';
import { readRegistryTable, type RegistryTable } from './registry-table';
import { decodeContentText, type ContentFileKind } from './text-encoding';
import { THAI_PROVINCES } from './thai-provinces';
import { plainAddressProblem, qrTargetProblem } from '../web/qr';
import { OFFICIAL_STORE_PAGES, QR_ALLOWLIST_MODULE, qrAllowedHosts as allowlistFor, storeLinkProblem, type StoreField } from '../web/qr-allowlist';
import { resolveLgoDistrict } from './districts';
import { LETTER_SETTINGS_FILE, readLetterSettings, type LetterSettings } from './letter-settings';
import {
  CampaignSchema,
  ChannelsSchema,
  LGO_COLUMNS,
  LGO_REQUIRED_COLUMNS,
  LgoNoteSchema,
  LgoSchema,
  PROVINCE_COLUMNS,
  ProvinceSchema,
  type Campaign,
  type Channels,
  type Lgo,
  type Province,
} from './schemas';
import { parseCalendarDate } from '../thai/date';

export type { Lgo, Province, ProvincialOffice } from './schemas';

const QR_ALLOWLIST_MOVED = `has moved out of content: the QR allowlist is now ${QR_ALLOWLIST_MODULE}, reviewed as code. Delete qrAllowedHosts from channels.yaml; to allow a new host, ask a developer to change that file`;

export interface SiteContent {
  campaign: Omit<Campaign, 'announcementDate'> & { bodyHtml: string; announcementDate: Date };
  channels: Channels;
  /** The QR allowlist in force: src/lib/web/qr-allowlist.ts plus the site's own host. */
  qrAllowedHosts: string[];
  provinces: Province[];
  lgos: Lgo[];
  /** True for a synthetic test fixture (scripts/fixture.ts): pages say so, loudly. */
  synthetic: boolean;
  /** The letter kit's Word settings from the optional letter.yaml (src/lib/content/letter-settings.ts). */
  letter: LetterSettings;
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
  /** The app's official store pages; default the reviewed ones in qr-allowlist.ts (tests pass others). */
  storePages?: Readonly<Record<StoreField, string | undefined>>;
}

/** Reads one content file as text, or records why it cannot be read. */
type TextReader = (name: string, kind: ContentFileKind) => string | undefined;

/**
 * Reads and validates a content folder. Every file is checked, whatever is
 * wrong with the others, and one ContentError lists every problem, naming
 * file, row and field. Content is read only from regular files inside the
 * folder: symbolic links, devices and folders where a file belongs are refused.
 */
export function loadContent(dir: string, { siteUrl, storePages = OFFICIAL_STORE_PAGES }: LoadOptions): SiteContent {
  const issues: ContentIssue[] = [];
  const display = (name: string) => displayIn(dir, name);
  const readText: TextReader = (name, kind) => readCheckedText(dir, name, display(name), kind, issues);

  const campaign = readCampaign(readText, display(CONTENT_FILES.campaign), issues);
  const channels = readChannels(readText, display(CONTENT_FILES.channels), issues);
  // Every province code written in provinces.csv, valid row or not: an LGO in it is not "in an unknown province".
  const provinceCodes = new Set<string>();
  const provinces = readProvinces(readText, display(CONTENT_FILES.provinces), provinceCodes, issues);
  // Every id written in lgos.csv, valid row or not: a note for a rejected row is no orphan.
  const idsInCsv = new Set<string>();
  const lgos = readLgos(readText, display(CONTENT_FILES.lgos), provinces && provinceCodes, idsInCsv, issues);

  const qrAllowedHosts = allowlistFor(siteUrl);
  if (channels) checkQrTargets(channels, qrAllowedHosts, storePages, display(CONTENT_FILES.channels), issues);
  readNotes(dir, readText, lgos, idsInCsv, campaign?.announcementDate, issues);

  const letterText = readCheckedText(dir, LETTER_SETTINGS_FILE, display(LETTER_SETTINGS_FILE), 'text', issues, true);
  const letter = readLetterSettings(letterText, display(LETTER_SETTINGS_FILE), issues);
  if (issues.length || !campaign || !channels || !provinces || !lgos) throw new ContentError(dedupe(issues));
  const synthetic = isRegularFile(join(dir, SYNTHETIC_MARKER));
  return { campaign, channels, qrAllowedHosts, provinces, lgos, synthetic, letter };
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Problems in reading order: files as they were read, then by row or line.
 * A cell can fail the file-wide check and its column's check with the same
 * words: say it once.
 */
function dedupe(issues: ContentIssue[]): ContentIssue[] {
  const seen = new Set<string>();
  const fileOrder = new Map<string, number>();
  for (const issue of issues) if (!fileOrder.has(issue.file)) fileOrder.set(issue.file, fileOrder.size);
  const position = (i: ContentIssue) => i.row ?? i.line ?? 0;
  return issues
    .filter((i) => {
      const key = `${i.file}\u0000${i.row}\u0000${i.line}\u0000${i.field}\u0000${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => fileOrder.get(a.issue.file)! - fileOrder.get(b.issue.file)! || position(a.issue) - position(b.issue) || a.index - b.index)
    .map(({ issue }) => issue);
}

/**
 * A content file's text: a regular file inside the folder, UTF-8 (BOM
 * allowed, and removed). Markdown and YAML files are also checked line by
 * line for characters that cannot be printed or that hide text (bidi
 * controls, zero-width characters, emoji) and for mobile numbers.
 */
function readCheckedText(dir: string, name: string, file: string, kind: ContentFileKind, issues: ContentIssue[], optional = false): string | undefined {
  const read = readContentFile(dir, name);
  if (!read.ok && optional && read.reason === 'missing') return undefined;
  if (!read.ok) {
    issues.push({ file, message: read.message });
    return undefined;
  }
  const decoded = decodeContentText(read.bytes, kind);
  if (!decoded.ok) {
    issues.push({ file, message: decoded.message });
    return undefined;
  }
  const text = decoded.text.replace(/^\ufeff/, '');
  if (kind === 'text') {
    for (const { line, problem } of unprintableLines(text)) issues.push({ file, line, message: problem });
    text.split('\n').forEach((lineText, index) => {
      for (const mobile of findMobileNumbers(lineText)) {
        issues.push({ file, line: index + 1, message: mobileNumberProblem(mobile) });
      }
    });
  }
  return text;
}

/**
 * Reads one text file of a content folder with the loader's checks: a regular
 * file inside the folder (no links, folders or devices), UTF-8, printable, no
 * mobile numbers. With `optional`, an absent file gives undefined and no problem.
 */
export function readContentText(dir: string, name: string, issues: ContentIssue[], { optional = false } = {}): string | undefined {
  return readCheckedText(dir, name, displayIn(dir, name), 'text', issues, optional);
}

/** Turns zod issues into ours, with the field named by its path and a hint where we have one. */
function zodIssues(error: z.ZodError, file: string, row?: number): ContentIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : undefined;
    if (issue.code === 'unrecognized_keys') {
      return { file, row, field, message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or correct ${issue.keys.length > 1 ? 'them' : 'it'}` };
    }
    return { file, row, field, message: issue.message === 'Required' ? 'is missing' : issue.message };
  });
}

function readCampaign(readText: TextReader, file: string, issues: ContentIssue[]): SiteContent['campaign'] | undefined {
  const source = readText(CONTENT_FILES.campaign, 'text');
  if (source === undefined) return undefined;
  let parts;
  try {
    parts = splitFrontMatter(source);
  } catch (error) {
    issues.push({ file, message: `front matter is not valid YAML: ${firstLine(error)}` });
    return undefined;
  }
  checkPublishedText(parts, file, issues);
  checkImages(parts.body, file, issues);
  if (!parts.body.trim()) issues.push({ file, message: 'the campaign text (markdown body after the front matter) is empty' });
  const result = CampaignSchema.safeParse(parts.data);
  if (!result.success) {
    issues.push(...zodIssues(result.error, file));
    return undefined;
  }
  const announcementDate = parseCalendarDate(result.data.announcementDate);
  if (!announcementDate) {
    issues.push({ file, field: 'announcementDate', message: `"${result.data.announcementDate}" is not a real date: write it as YYYY-MM-DD (Gregorian)` });
    return undefined;
  }
  return { ...result.data, announcementDate, bodyHtml: renderMarkdown(parts.body) };
}

/** The mobile-number and printable checks on a markdown file's decoded front matter values and rendered text. */
export function checkPublishedText(parts: MarkdownFile, file: string, issues: ContentIssue[]): void {
  addUnreported(issues, [...yamlValueIssues(parts.frontMatter, file, 2), ...markdownTextIssues(parts.body, file, parts.bodyLine)]);
}

function checkImages(markdown: string, file: string, issues: ContentIssue[]): void {
  for (const src of remoteImages(markdown)) {
    issues.push({
      file,
      message: `image "${src}" would load from another site on every page view: remove it, or write a link instead ([text](https://…))`,
    });
  }
}

function readChannels(readText: TextReader, file: string, issues: ContentIssue[]): Channels | undefined {
  const source = readText(CONTENT_FILES.channels, 'text');
  if (source === undefined) return undefined;
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    issues.push({ file, message: `not valid YAML: ${firstLine(error)}` });
    return undefined;
  }
  addUnreported(issues, yamlValueIssues(source, file));
  // The allowlist moved to code: say so, and still check the rest (its QR targets above all).
  if (data && typeof data === 'object' && 'qrAllowedHosts' in data) {
    issues.push({ file, field: 'qrAllowedHosts', message: QR_ALLOWLIST_MOVED });
    const { qrAllowedHosts: _moved, ...rest } = data as Record<string, unknown>;
    data = rest;
  }
  const result = ChannelsSchema.safeParse(data ?? {});
  if (!result.success) {
    issues.push(...zodIssues(result.error, file));
    return undefined;
  }
  return result.data;
}

function checkQrTargets(channels: Channels, hosts: string[], storePages: Readonly<Record<StoreField, string | undefined>>, file: string, issues: ContentIssue[]): void {
  for (const [field, url] of qrTargetFields(channels)) {
    if (url === undefined) continue;
    const store = field.startsWith('app.') ? (field.slice(4) as StoreField) : undefined;
    // The website is also printed and spelt aloud; store pages are only ever scanned (and carry ?id=…).
    const problem = store ? storeLinkProblem(store, url, storePages) : (qrTargetProblem(url, hosts) ?? plainAddressProblem(url));
    if (problem) issues.push({ file, field, message: `cannot become a QR code: ${problem}` });
  }
}

/** The channel URLs that may become QR codes, with their field names in channels.yaml. */
export function qrTargetFields(channels: Channels): [string, string | undefined][] {
  return [
    ['website.url', channels.website.url],
    ['app.appStoreUrl', channels.app.appStoreUrl],
    ['app.googlePlayUrl', channels.app.googlePlayUrl],
  ];
}

/** A registry's checked table (see readRegistryTable), or undefined when the file cannot be used. */
function readTable(
  readText: TextReader,
  name: string,
  file: string,
  columns: readonly string[],
  required: readonly string[],
  issues: ContentIssue[],
): RegistryTable | undefined {
  const source = readText(name, 'spreadsheet');
  return source === undefined ? undefined : readRegistryTable(source, file, columns, required, issues);
}

function readProvinces(readText: TextReader, file: string, codesWritten: Set<string>, issues: ContentIssue[]): Province[] | undefined {
  const table = readTable(readText, CONTENT_FILES.provinces, file, PROVINCE_COLUMNS, ['code', 'slug', 'name_th', 'name_en', 'region'], issues);
  if (!table) return undefined;
  const provinces: Province[] = [];
  const seenCodes = new Map<string, number>();
  const seenSlugs = new Map<string, number>();
  for (const { row, values, unsafe } of table.rows) {
    codesWritten.add((values.code ?? '').trim());
    if (unsafe) continue; // reported by readTable
    const result = ProvinceSchema.safeParse(values);
    if (!result.success) {
      issues.push(...zodIssues(result.error, file, row));
      continue;
    }
    const p = result.data;
    if (!THAI_PROVINCES[p.code]) {
      issues.push({ file, row, field: 'code', message: `${p.code} is not one of Thailand's 77 provinces (codes run TH-10 to TH-96; check for a typo)` });
    }
    const dupCode = seenCodes.get(p.code);
    if (dupCode) issues.push({ file, row, field: 'code', message: `duplicate code ${p.code} (also on row ${dupCode})` });
    const dupSlug = seenSlugs.get(p.slug);
    if (dupSlug) issues.push({ file, row, field: 'slug', message: `duplicate slug ${p.slug} (also on row ${dupSlug})` });
    seenCodes.set(p.code, row);
    seenSlugs.set(p.slug, row);
    const hasOfficeDetails = values.office_phone || values.office_email || values.office_website;
    if (hasOfficeDetails && !p.office) {
      issues.push({ file, row, field: 'office_name', message: 'is required when the office has a phone, e-mail or website' });
    }
    provinces.push(p);
  }
  const missing = Object.entries(THAI_PROVINCES).filter(([code]) => !codesWritten.has(code));
  if (missing.length) {
    issues.push({
      file,
      message: `lists ${codesWritten.size} provinces, not all 77: missing ${missing.map(([code, name]) => `${code} ${name}`).join(', ')} (add the row back; a missing province loses its pages and the URLs printed on its posters)`,
    });
  }
  return provinces;
}

/**
 * Where the law allows a type: กรุงเทพมหานคร is Bangkok's only LGO (no อบจ.,
 * เทศบาล or อบต. there), and เมืองพัทยา lies in Chon Buri.
 */
export function typePlacementProblem(type: LgoType, provinceCode: string): string | undefined {
  if (type === 'bma' && provinceCode !== BANGKOK) return `type bma (กรุงเทพมหานคร) belongs to province ${BANGKOK}, not ${provinceCode}`;
  if (type === 'pattaya' && provinceCode !== CHON_BURI) return `type pattaya (เมืองพัทยา) belongs to province ${CHON_BURI} (ชลบุรี), not ${provinceCode}`;
  if (provinceCode === BANGKOK && type !== 'bma') {
    return `Bangkok (${BANGKOK}) has one local government, กรุงเทพมหานคร (type bma); a ${type} cannot be in it (check the province column)`;
  }
  return undefined;
}

const BANGKOK = 'TH-10';
const CHON_BURI = 'TH-20';

function readLgos(
  readText: TextReader,
  file: string,
  provinceCodes: ReadonlySet<string> | undefined,
  idsInCsv: Set<string>,
  issues: ContentIssue[],
): Lgo[] | undefined {
  const table = readTable(readText, CONTENT_FILES.lgos, file, LGO_COLUMNS, LGO_REQUIRED_COLUMNS, issues);
  if (!table) return undefined;
  const lgos: Lgo[] = [];
  const seenIds = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  const paoRows = new Map<string, number>();
  const specialRows = new Map<string, number>();
  for (const { row, values, unsafe } of table.rows) {
    if (values.id) idsInCsv.add(values.id.trim());
    if (unsafe) continue; // reported by readTable
    const result = LgoSchema.safeParse(values);
    if (!result.success) {
      issues.push(...zodIssues(result.error, file, row));
      continue;
    }
    const l = result.data;
    const dupId = seenIds.get(l.id);
    if (dupId) issues.push({ file, row, field: 'id', message: `duplicate id ${l.id} (also on row ${dupId})` });
    seenIds.set(l.id, row);
    if (l.dlaCode) {
      const dupCode = seenCodes.get(l.dlaCode);
      if (dupCode) issues.push({ file, row, field: 'dla_code', message: `duplicate code ${l.dlaCode} (also on row ${dupCode})` });
      seenCodes.set(l.dlaCode, row);
    }
    if (provinceCodes && !provinceCodes.has(l.provinceCode)) {
      issues.push({ file, row, field: 'province', message: `unknown province "${l.provinceCode}" (use a code from provinces.csv, e.g. TH-24)` });
    }
    if (l.type === 'pao') {
      const other = paoRows.get(l.provinceCode);
      if (other) issues.push({ file, row, field: 'type', message: `a second pao in ${l.provinceCode} (the first is on row ${other})` });
      paoRows.set(l.provinceCode, row);
    }
    const placement = typePlacementProblem(l.type, l.provinceCode);
    if (placement) issues.push({ file, row, field: 'type', message: placement });
    if (l.type === 'bma' || l.type === 'pattaya') {
      const other = specialRows.get(l.type);
      if (other) issues.push({ file, row, field: 'type', message: `a second ${l.type} (the first is on row ${other}); there is only one` });
      specialRows.set(l.type, row);
    }
    const district = resolveLgoDistrict({ type: l.type, province: l.provinceCode, district: l.district }, { file, row }, issues);
    lgos.push({ ...l, district: district?.nameTh ?? l.district, districtCode: district?.code });
  }
  return lgos;
}

/**
 * Checks every note in content/lgos/ (even when other files have problems)
 * and attaches it to its LGO. Without a valid registry, notes are still
 * checked, but not matched.
 */
function readNotes(
  dir: string,
  readText: TextReader,
  lgos: Lgo[] | undefined,
  idsInCsv: ReadonlySet<string>,
  campaignDate: Date | undefined,
  issues: ContentIssue[],
): void {
  const byId = new Map(lgos?.map((l) => [l.id, l]));
  if (campaignDate) for (const lgo of lgos ?? []) lgo.announcementDate = campaignDate;
  const folder = listContentFolder(dir, CONTENT_FILES.notes);
  if (!folder.ok) {
    issues.push({ file: displayIn(dir, CONTENT_FILES.notes), message: folder.message });
    return;
  }
  for (const name of folder.names) {
    if (!name.endsWith('.md')) continue;
    const relativeName = `${CONTENT_FILES.notes}/${name}`;
    const file = displayIn(dir, relativeName);
    const source = readText(relativeName, 'text');
    if (source === undefined) continue;
    const id = name.slice(0, -3);
    const lgo = byId.get(id);
    // A row that failed validation is reported already; its note is not an orphan.
    if (lgos && !lgo && !idsInCsv.has(id)) {
      issues.push({ file, message: `no LGO with id "${id}" in lgos.csv (a note's file name must be <id>.md)` });
    }
    let parts;
    try {
      parts = splitFrontMatter(source);
    } catch (error) {
      issues.push({ file, message: `front matter is not valid YAML: ${firstLine(error)}` });
      continue;
    }
    checkPublishedText(parts, file, issues);
    checkImages(parts.body, file, issues);
    const result = LgoNoteSchema.safeParse(parts.data);
    if (!result.success) {
      issues.push(...zodIssues(result.error, file));
      continue;
    }
    if (!lgo) continue;
    if (result.data.announcementDate) {
      const date = parseCalendarDate(result.data.announcementDate);
      if (date) lgo.announcementDate = date;
      else issues.push({ file, field: 'announcementDate', message: `"${result.data.announcementDate}" is not a real date: write it as YYYY-MM-DD (Gregorian)` });
    }
    if (parts.body.trim()) lgo.noteHtml = renderMarkdown(parts.body);
  }
}

/** A path in messages as the user would type it: relative inside the project, absolute outside. */
export function displayIn(dir: string, name: string): string {
  const path = relative(process.cwd(), join(dir, name));
  return path.startsWith('..') ? resolve(dir, name) : path;
}

/** The first line of an error message: YAML errors append a multi-line code excerpt. */
export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}
