/**
 * The six geographical regions of Thailand, as the National Geographical
 * Committee (คณะกรรมการภูมิศาสตร์แห่งชาติ) divided the country in 1977 — the
 * scheme schools and most government sites use. content/provinces.csv names
 * each province's region; the home page groups provinces by it.
 */
export const REGIONS = ['north', 'northeast', 'central', 'east', 'west', 'south'] as const;

/** One of the six regions, as written in provinces.csv. */
export type Region = (typeof REGIONS)[number];

/** Where a region sorts on the home page: north to south as people picture the map. */
export function regionRank(region: Region): number {
  return REGIONS.indexOf(region);
}
