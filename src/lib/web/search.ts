import { LGO_TYPE_INFO, LGO_TYPES } from '../content/lgo-types';

/** One LGO in the search index: [Thai name, province name, district, id]. Arrays keep the file small. */
export type SearchEntry = [name: string, province: string, district: string, id: string];

// Abbreviations people type, longest first so "อบต" wins over "อ.".
const ABBREVIATIONS: [RegExp, string][] = [
  ...LGO_TYPES.filter((type) => LGO_TYPE_INFO[type].short !== LGO_TYPE_INFO[type].full).map(
    (type): [RegExp, string] => [
      new RegExp(`^${LGO_TYPE_INFO[type].short.replace('.', '\\.?')}`),
      LGO_TYPE_INFO[type].full,
    ],
  ),
  [/^จ\.|^จังหวัด/, ''],
  [/^อ\.|^อำเภอ/, ''],
];

/** Folds case, white space and zero-width characters so "บาง ปะกง" finds "บางปะกง". */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/[\s\u200b\u00a0]+/g, '');
}

/** Query words, each with a leading abbreviation expanded: "ทต.บางปะกง" → "เทศบาลตำบลบางปะกง". */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => {
      const folded = foldForSearch(word);
      for (const [pattern, full] of ABBREVIATIONS) {
        if (pattern.test(folded)) return foldForSearch(folded.replace(pattern, full));
      }
      return folded;
    })
    .filter((term) => term.length > 0);
}

/**
 * Entries matching every term of the query, best first: a match in the name
 * beats one in the province or district; a match at the start of the place
 * name (after the type) beats one in the middle.
 */
export function searchLgos(entries: readonly SearchEntry[], query: string, limit = 50): { entries: SearchEntry[]; total: number } {
  const terms = queryTerms(query);
  if (terms.length === 0) return { entries: [], total: 0 };
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of entries) {
    const name = foldForSearch(entry[0]);
    const place = foldForSearch(`${entry[1]} ${entry[2]}`);
    let score = 0;
    let all = true;
    for (const term of terms) {
      const at = name.indexOf(term);
      if (at >= 0) score += at === 0 || placeStart(name) === at ? 3 : 2;
      else if (place.includes(term) || entry[3] === term) score += 1;
      else {
        all = false;
        break;
      }
    }
    if (all) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || a.entry[0].length - b.entry[0].length);
  return { entries: scored.slice(0, limit).map((s) => s.entry), total: scored.length };
}

/** Where the place name starts in a folded LGO name, after its type prefix. */
function placeStart(foldedName: string): number {
  for (const type of LGO_TYPES) {
    const prefix = foldForSearch(LGO_TYPE_INFO[type].full);
    if (foldedName.startsWith(prefix)) return prefix.length;
  }
  return 0;
}
