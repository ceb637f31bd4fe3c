import { LGO_TYPE_INFO, LGO_TYPES, type LgoType } from '../content/lgo-types';

/**
 * The LGO search: a small matcher of our own over normalised text, with a
 * bounded edit distance. It runs in the browser on an index fetched on first
 * use (see search-index.ts for the file) and in tests.
 *
 * Why not minisearch or fuse.js: both tokenise on spaces and Thai has none, so
 * an LGO name is one "word" to them; minisearch's fuzzy search then compares
 * whole names (เทศบาลตำบลบางปะกง against บางปะกง is 9 edits) and fuse.js
 * scores one pattern against every field with a cost that grows with the
 * distance from the start of the text. Neither knows that อบต. means
 * องค์การบริหารส่วนตำบล or that a missing tone mark is no error. What Thai
 * needs is substring matching with a few errors on text folded without tone
 * marks, which is about a hundred lines here and adds nothing to the index.
 */

/** Kinds of result: a province leads to its page, a district to its province's page, an LGO to its page. */
export type SearchKind = 'province' | 'district' | 'lgo';

/** A province in the index: [Thai name, English name, URL slug]. */
export type IndexProvince = [nameTh: string, nameEn: string, slug: string];
/** A district (อำเภอ/เขต) in the index: [Thai name, index of its province, DOPA code]. */
/** A district: [Thai name, province index, DOPA code when the district has a page of its own (it has LGOs), else ''] */
export type IndexDistrict = [nameTh: string, province: number, code: string];
/**
 * An LGO in the index: [name after its type prefix, type (index in LGO_TYPES),
 * province index, district index or -1, id, English name (may be empty)].
 * A name that does not start with its type's prefix is stored whole, flagged by type + 100.
 */
export type IndexLgo = [rest: string, type: number, province: number, district: number, id: string, nameEn: string];

/** The search-index.json file: arrays keep it small (about 100 KB gzipped for 7,850 LGOs). */
export interface SearchIndex {
  provinces: IndexProvince[];
  districts: IndexDistrict[];
  lgos: IndexLgo[];
}

// Tone marks, ็ (mai taikhu), ์ (thanthakhat), ํ and ๎: people leave them out on phones.
const OPTIONAL_MARKS = /[\u0e47-\u0e4e]/g;
// Everything that is not a letter, a vowel sign or a digit: spaces, dots, hyphens, brackets.
const NOT_TEXT = /[^\p{L}\p{M}\p{N}]/gu;

/**
 * Folds text for matching: lower case, Thai digits as ASCII, tone marks,
 * ็ and ์ removed, spaces and punctuation removed.
 * @example foldForSearch('แม่ฮ่องสอน') === foldForSearch('แมฮองสอน') // 'แมฮองสอน'
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(OPTIONAL_MARKS, '')
    .replace(NOT_TEXT, '');
}

/** Type words and abbreviations people type, folded, longest first; "เทศบาล" alone means any municipality. */
const TYPE_WORDS: { word: string; types: LgoType[]; abbreviation: boolean }[] = (<{ word: string; types: LgoType[]; abbreviation: boolean }[]>[
  ...LGO_TYPES.filter((type) => type !== 'bma' && type !== 'pattaya').map((type) => ({ word: LGO_TYPE_INFO[type].full, types: [type], abbreviation: false })),
  { word: 'เทศบาล', types: ['city', 'town', 'subdistrict'] as LgoType[], abbreviation: false },
  ...LGO_TYPES.filter((type) => type !== 'pattaya' && type !== 'bma').map((type) => ({ word: LGO_TYPE_INFO[type].short, types: [type], abbreviation: true })),
])
  .map((entry) => ({ ...entry, word: foldForSearch(entry.word) }))
  .sort((a, b) => b.word.length - a.word.length);

// Words that only say what kind of place follows: จ. จังหวัด อ. อำเภอ เขต.
const PLACE_WORDS = /^(?:จ\.|จังหวัด|อ\.|อำเภอ|เขต(?=.{3}))/u;

const MUNICIPAL: readonly LgoType[] = ['city', 'town', 'subdistrict'];

/** A parsed query: the LGO types it names (empty: any) and the folded words to find. */
export interface ParsedQuery {
  types: LgoType[];
  terms: string[];
}

/**
 * Splits a query into type words and place words: "ทน.ฉะเชิงเทรา" →
 * { types: ['city'], terms: ['ฉะเชิงเทรา'] }. Abbreviations count only with
 * their dot or as a word of their own, so a name that starts with ทม is not cut.
 */
export function parseQuery(query: string): ParsedQuery {
  const types = new Set<LgoType>();
  const terms: string[] = [];
  for (const raw of query.normalize('NFC').trim().split(/\s+/)) {
    let word = raw.replace(PLACE_WORDS, '');
    // กทม. is the usual short name of กรุงเทพมหานคร, which is one LGO and a province at once.
    let folded = foldForSearch(word).replace(/^กทม/, 'กรุงเทพมหานคร');
    for (const entry of TYPE_WORDS) {
      if (!folded.startsWith(entry.word)) continue;
      const rest = folded.slice(entry.word.length);
      const foldedRaw = word.replace(OPTIONAL_MARKS, '').toLowerCase();
      const dotted = foldedRaw.startsWith(`${entry.word}.`) || foldedRaw.replace(/\./g, '') === entry.word;
      if (entry.abbreviation && entry.word.length < 3 && !dotted && rest !== '') continue;
      entry.types.forEach((type) => types.add(type));
      word = '';
      folded = foldForSearch(rest.replace(PLACE_WORDS, ''));
      break;
    }
    if (folded.length > 0) terms.push(folded);
  }
  return { types: [...types], terms };
}

/** Errors a word may carry: none under 4 letters, one in 4–7, two from 8. */
export function allowedErrors(term: string): number {
  const length = term.length;
  return length < 4 ? 0 : length <= 7 ? 1 : 2;
}

/**
 * The fewest edits (insert, delete, substitute) that turn `term` into some
 * substring of `text`, or Infinity when more than `max` (Sellers' algorithm).
 */
export function substringDistance(term: string, text: string, max: number): number {
  if (max === 0) return text.includes(term) ? 0 : Infinity;
  // Each letter of the term missing from the text needs an edit: a cheap way to skip most texts.
  let missing = 0;
  for (let i = 0; i < term.length; i++) if (term.indexOf(term[i]!) === i && !text.includes(term[i]!)) missing++;
  if (missing > max) return Infinity;
  // Thai and Latin are in the Basic Multilingual Plane, so UTF-16 units are letters.
  const m = term.length;
  const n = text.length;
  let previous = ROWS[0]!.length > n ? ROWS[0]! : (ROWS[0] = new Int32Array(n + 64));
  let current = ROWS[1]!.length > n ? ROWS[1]! : (ROWS[1] = new Int32Array(n + 64));
  previous.fill(0, 0, n + 1);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    const ch = term.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const diagonal = previous[j - 1]! + (ch === text.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(diagonal, previous[j]! + 1, current[j - 1]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return Infinity;
    [previous, current] = [current, previous];
  }
  let best = Infinity;
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j]!);
  return best <= max ? best : Infinity;
}

// Two reusable rows for substringDistance: no allocation per comparison.
const ROWS: Int32Array[] = [new Int32Array(256), new Int32Array(256)];

/**
 * How well one folded word matches one folded field without an error: the
 * whole field, its start, or inside it; 0 for no match, higher is better.
 */
function exactScore(term: string, field: string, whole: number, start: number): number {
  if (!field) return 0;
  if (field === term) return whole;
  const at = field.indexOf(term);
  if (at === 0) return start;
  // Never 0 or less: 0 means no match.
  return at > 0 ? Math.max(1, start - 10) : 0;
}

/**
 * How well one folded word matches one folded field with a few errors
 * (allowedErrors); 0 for no match. Only asked when no field matches exactly:
 * a fuzzy match always ranks below an exact one (see search).
 */
function fuzzyScore(term: string, field: string, whole: number, fuzzy: number): number {
  if (!field) return 0;
  const errors = substringDistance(term, field, allowedErrors(term));
  if (errors === Infinity) return 0;
  // A near-miss of the whole field (ชลบุลี for ชลบุรี) is worth almost an exact one.
  const ofWhole = Math.abs(field.length - term.length) <= errors;
  return Math.max(1, (ofWhole ? whole : fuzzy) - 15 * errors);
}

/** A field to match and what a match is worth: whole, at its start (inside: 10 less), with errors. */
type Field = [field: string, whole: number, start: number, fuzzy: number];

/** One word's best match over some fields: exactly if any field has it, else with errors. */
function termScore(term: string, fields: Field[]): { score: number; fuzzy: boolean } {
  let best = 0;
  for (const [field, whole, start] of fields) best = Math.max(best, exactScore(term, field, whole, start));
  if (best > 0) return { score: best, fuzzy: false };
  for (const [field, whole, , fuzzy] of fields) best = Math.max(best, fuzzyScore(term, field, whole, fuzzy));
  return { score: best, fuzzy: true };
}

/** A search result, ready to show. */
export interface SearchResult {
  kind: SearchKind;
  /** Thai name as shown: "เทศบาลเมืองฉะเชิงเทรา", "จังหวัดอ่างทอง", "อำเภอบางปะกง". */
  name: string;
  nameEn: string;
  /** Where it is: district and province names (for a province: empty). */
  where: string[];
  href: string;
  score: number;
  /** True when some word of the query matched only with errors (ชลบุรี finding ราชบุรี): shown after every exact match. */
  fuzzy: boolean;
}

/** The index with every field folded once, so each keystroke only compares. */
export interface PreparedIndex {
  index: SearchIndex;
  provinces: { name: string; en: string }[];
  districts: { name: string }[];
  lgos: { rest: string; full: string; type: LgoType; en: string }[];
}

/** The full Thai name of an indexed LGO. */
export function lgoName(lgo: IndexLgo): string {
  const [rest, type] = lgo;
  if (type >= 100) return rest;
  return LGO_TYPE_INFO[LGO_TYPES[type]!].full + rest;
}

/** Folds every name of the index once. */
export function prepareIndex(index: SearchIndex): PreparedIndex {
  return {
    index,
    provinces: index.provinces.map(([th, en]) => ({ name: foldForSearch(th), en: foldForSearch(en) })),
    districts: index.districts.map(([th]) => ({ name: foldForSearch(th) })),
    lgos: index.lgos.map((lgo) => ({
      rest: foldForSearch(lgo[1] >= 100 ? '' : lgo[0]),
      full: foldForSearch(lgoName(lgo)),
      type: LGO_TYPES[lgo[1] % 100]!,
      en: foldForSearch(lgo[5]),
    })),
  };
}

/** Every term must match one of the fields; the sum of each term's best field is the score, 0 if any misses. */
function scoreAll(terms: string[], fields: Field[]): { score: number; fuzzy: boolean } {
  let total = 0;
  let fuzzy = false;
  for (const term of terms) {
    const best = termScore(term, fields);
    if (best.score === 0) return { score: 0, fuzzy: false };
    total += best.score;
    fuzzy ||= best.fuzzy;
  }
  return { score: total, fuzzy };
}

/** Pages a result leads to; passed in so this module stays free of site paths. */
export interface SearchLinks {
  province: (slug: string) => string;
  district: (code: string) => string;
  lgo: (id: string) => string;
}

/**
 * Provinces, districts and LGOs matching every word of the query, best first.
 * A query with a type word (อบต., เทศบาล…) asks for LGOs only; the type is a
 * preference, not a filter, so ทน.ฉะเชิงเทรา still finds เทศบาลเมืองฉะเชิงเทรา.
 *
 * Exact matches (whole, start or inside a name, after folding) come first,
 * in score order: ชลบุรี gives จังหวัดชลบุรี, then the LGOs and districts named
 * so, then the other LGOs of the province. Matches with errors (ราชบุรี for
 * ชลบุรี) come after all of them, and when there are exact ones they only
 * fill the rest of the first `limit` results and count in `total` only then.
 */
export function search(prepared: PreparedIndex, query: string, links: SearchLinks, limit = 20): { results: SearchResult[]; total: number } {
  const { types, terms } = parseQuery(query);
  if (terms.length === 0 || terms.join('').length < 2) return { results: [], total: 0 };
  const { index } = prepared;
  const results: SearchResult[] = [];
  const provinceTitle = (i: number) => (index.provinces[i]![2] === 'bangkok' ? index.provinces[i]![0] : `จังหวัด${index.provinces[i]![0]}`);

  if (types.length === 0) {
    prepared.provinces.forEach((p, i) => {
      const { score, fuzzy } = scoreAll(terms, [[p.name, 300, 120, 90], [p.en, 300, 120, 90]]);
      if (score > 0) results.push({ kind: 'province', name: provinceTitle(i), nameEn: index.provinces[i]![1], where: [], href: links.province(index.provinces[i]![2]), score, fuzzy });
    });
    prepared.districts.forEach((d, i) => {
      const [name, province, code] = index.districts[i]!;
      // A district shows when the words name it, not for its province's name alone (ฉะเชิงเทรา is not อำเภอบางคล้า).
      if (scoreAll(terms, [[d.name, 1, 1, 1]]).score === 0) return;
      const { score, fuzzy } = scoreAll(terms, [[d.name, 110, 60, 50], [prepared.provinces[province]!.name, 20, 15, 10]]);
      const label = index.provinces[province]![2] === 'bangkok' ? `เขต${name}` : `อำเภอ${name}`;
      if (score > 0) results.push({ kind: 'district', name: label, nameEn: '', where: [provinceTitle(province)], href: code ? links.district(code) : links.province(index.provinces[province]![2]), score, fuzzy });
    });
  }

  // Provinces and districts are shared by many LGOs: score each once per word, exactly and, failing that, with errors.
  const perTerm = terms.map((term) => {
    const latin = /^[a-z0-9]+$/.test(term);
    const province = prepared.provinces.map((p) => termScore(term, [[p.name, 35, 30, 20], [p.en, 35, 30, 20]]));
    const district = prepared.districts.map((d) => termScore(term, [[d.name, 45, 40, 30]]));
    return {
      term,
      latin,
      provinceExact: province.map((m) => (m.fuzzy ? 0 : m.score)),
      provinceFuzzy: province.map((m) => (m.fuzzy ? m.score : 0)),
      districtExact: district.map((m) => (m.fuzzy ? 0 : m.score)),
      districtFuzzy: district.map((m) => (m.fuzzy ? m.score : 0)),
    };
  });
  prepared.lgos.forEach((l, i) => {
    const lgo = index.lgos[i]!;
    const [, , province, district] = lgo;
    let score = 0;
    let fuzzy = false;
    for (const t of perTerm) {
      let best = Math.max(t.provinceExact[province]!, district >= 0 ? t.districtExact[district]! : 0);
      if (t.latin) best = Math.max(best, exactScore(t.term, l.en, 150, 120));
      // The whole name too: "ตำบลบางปะกง", or a name stored without its type prefix.
      else best = Math.max(best, exactScore(t.term, l.rest, 160, 130), exactScore(t.term, l.full, 150, 120));
      if (best === 0) {
        fuzzy = true;
        best = Math.max(t.provinceFuzzy[province]!, district >= 0 ? t.districtFuzzy[district]! : 0);
        if (t.latin) best = Math.max(best, fuzzyScore(t.term, l.en, 150, 90));
        else {
          best = Math.max(best, fuzzyScore(t.term, l.rest, 160, 100));
          // The whole name with errors only when it has no type prefix to leave out (เมืองพัทยา).
          if (l.rest === '') best = Math.max(best, fuzzyScore(t.term, l.full, 150, 90));
        }
      }
      if (best === 0) return;
      score += best;
    }
    if (types.length > 0) {
      if (types.includes(l.type)) score += 40;
      else if (MUNICIPAL.includes(l.type) && types.some((type) => MUNICIPAL.includes(type))) score += 20; // the wrong kind of เทศบาล
    }
    const districtName = district >= 0 ? index.districts[district]![0] : '';
    const where = [districtName ? (index.provinces[province]![2] === 'bangkok' ? `เขต${districtName}` : `อำเภอ${districtName}`) : '', provinceTitle(province)].filter(Boolean);
    const name = lgoName(lgo);
    results.push({ kind: 'lgo', name, nameEn: lgo[5], where: name === provinceTitle(province) ? [] : where, href: links.lgo(lgo[4]), score, fuzzy });
  });

  // Bangkok is a province and an LGO of the same name: keep the LGO, whose page is the one people want.
  const lgoNames = new Set(results.filter((r) => r.kind === 'lgo').map((r) => r.name));
  const shown = results.filter((r) => r.kind !== 'province' || !lgoNames.has(r.name));
  shown.sort((a, b) => Number(a.fuzzy) - Number(b.fuzzy) || b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name, 'th'));
  // With exact matches, those with errors only fill the page: ชลบุรี does not count every LGO of ราชบุรี.
  const exact = shown.findIndex((r) => r.fuzzy);
  const kept = exact > 0 ? shown.slice(0, Math.max(exact, limit)) : shown;
  return { results: kept.slice(0, limit), total: kept.length };
}
