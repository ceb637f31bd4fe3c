import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Lgo } from '../content/load-content';
import { loadContent } from '../content/load-content';
import { syntheticRegistry } from '../fixture/synthetic';
import { allowedErrors, foldForSearch, parseQuery, prepareIndex, search, substringDistance, type SearchResult } from './search';
import { buildSearchIndex } from './search-index';

const content = loadContent('content', { siteUrl: 'http://localhost' });
const date = new Date(0);
// Synthetic test entries (not in content/): LGOs below the province level, so district and type cases have something to find.
const extra: Lgo[] = [
  { id: 'test-tt-bangpakong', type: 'subdistrict', nameTh: 'เทศบาลตำบลบางปะกง', provinceCode: 'TH-24', district: 'บางปะกง', districtCode: '2404', announcementDate: date },
  { id: 'test-sao-tha-sa-an', type: 'sao', nameTh: 'องค์การบริหารส่วนตำบลท่าสะอ้าน', provinceCode: 'TH-24', district: 'บางปะกง', announcementDate: date },
  { id: 'test-sao-long', type: 'sao', nameTh: 'องค์การบริหารส่วนตำบลน้ำผู้ใหญ่', provinceCode: 'TH-52', district: 'เมืองลำปาง', announcementDate: date },
  { id: 'test-tm-lin', type: 'town', nameTh: 'เทศบาลเมืองลิ้นเยิ้ม', nameEn: 'Lin Yoem Town Municipality (test)', provinceCode: 'TH-94', district: 'เมืองปัตตานี', announcementDate: date },
];
const prepared = prepareIndex(buildSearchIndex(content.provinces, [...content.lgos, ...extra]));
const links = { province: (slug: string) => `/province/${slug}/`, district: (code: string) => `/district/${code}/`, lgo: (id: string) => `/lgo/${id}/` };
/** The first result's kind and link, as "kind href". */
const top = (query: string) => {
  const first = search(prepared, query, links).results[0];
  return first ? `${first.kind} ${first.href}` : 'nothing';
};

describe('search: what people type on a phone', () => {
  it.each([
    // Tone marks, ็ and ์ left out
    ['อางทอง', 'province /province/ang-thong/'],
    ['สระแกว', 'province /province/sa-kaeo/'],
    ['แมฮองสอน', 'province /province/mae-hong-son/'],
    ['รอยเอ็ด', 'province /province/roi-et/'],
    ['รอยเอด', 'province /province/roi-et/'],
    ['นาผูใหญ', 'lgo /lgo/test-sao-long/'],
    // One wrong letter in 4–7 letters, two in longer words
    ['ชลบุลี', 'province /province/chon-buri/'],
    ['ฉะเชิงเทา', 'province /province/chachoengsao/'],
    ['ฉะเชงเทา', 'province /province/chachoengsao/'],
    ['นครศรีธรรมมาช', 'province /province/nakhon-si-thammarat/'],
    ['ลิ้นเยิม', 'lgo /lgo/test-tm-lin/'],
    // Type words and abbreviations, right or wrong
    ['เทศบาลฉะเชิงเทรา', 'lgo /lgo/tm-chachoengsao/'],
    ['เทศบาลเมืองฉะเชิงเทรา', 'lgo /lgo/tm-chachoengsao/'],
    ['ทน.ฉะเชิงเทรา', 'lgo /lgo/tm-chachoengsao/'],
    ['ทม.ฉะเชิงเทรา', 'lgo /lgo/tm-chachoengsao/'],
    ['ทม ฉะเชิงเทรา', 'lgo /lgo/tm-chachoengsao/'],
    ['อบจ.ฉะเชิงเทรา', 'lgo /lgo/pao-chachoengsao/'],
    ['อบจ ลำปาง', 'lgo /lgo/pao-lampang/'],
    ['องค์การบริหารส่วนจังหวัดลำปาง', 'lgo /lgo/pao-lampang/'],
    ['ทต.บางปะกง', 'lgo /lgo/test-tt-bangpakong/'],
    ['อบต. ท่าสะอ้าน', 'lgo /lgo/test-sao-tha-sa-an/'],
    ['อบต.ทาสะอาน', 'lgo /lgo/test-sao-tha-sa-an/'],
    ['กทม.', 'lgo /lgo/bangkok/'],
    ['กรุงเทพ', 'lgo /lgo/bangkok/'],
    ['กทม', 'lgo /lgo/bangkok/'],
    ['พัทยา', 'lgo /lgo/pattaya/'],
    // English names, any case
    ['chachoengsao', 'province /province/chachoengsao/'],
    ['Pattaya', 'lgo /lgo/pattaya/'],
    ['lampang provincial', 'lgo /lgo/pao-lampang/'],
    ['lin yoem', 'lgo /lgo/test-tm-lin/'],
    // Districts, with or without อ.
    ['บางปะกง', 'lgo /lgo/test-tt-bangpakong/'],
    ['อ.บางคล้า', 'district /province/chachoengsao/'],
    ['อำเภอพนัสนิคม', 'district /province/chon-buri/'],
    ['จ.ราชบุรี', 'province /province/ratchaburi/'],
    // Thai digits and spaces do not matter
    ['บาง ปะกง', 'lgo /lgo/test-tt-bangpakong/'],
  ])('%s → %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it.each(['xq', 'กขฃคฅ', 'ทม.', 'อ', '   '])('finds nothing for %j', (query) => {
    expect(search(prepared, query, links).total).toBe(0);
  });

  it('lists the LGOs of a province under the province itself', () => {
    const { results } = search(prepared, 'ลำปาง', links);
    expect(results.slice(0, 3).map((r) => `${r.kind} ${r.name}`)).toEqual([
      'province จังหวัดลำปาง',
      'lgo องค์การบริหารส่วนจังหวัดลำปาง',
      expect.stringMatching(/^(district อำเภอเมืองลำปาง|lgo )/),
    ]);
  });

  it('finds a district by its name with a wrong letter too', () => {
    const districts = search(prepared, 'ฉะเชิงเทา', links).results.filter((r) => r.kind === 'district').map((r) => r.name);
    expect(districts).toContain('อำเภอเมืองฉะเชิงเทรา');
  });

  it('finds a district by a word inside its name, not only at its start', () => {
    const districts = (query: string) => search(prepared, query, links).results.filter((r) => r.kind === 'district').map((r) => r.name);
    expect(districts('ฉะเชิงเทรา')).toContain('อำเภอเมืองฉะเชิงเทรา');
    expect(districts('ชลบุรี')).toContain('อำเภอเมืองชลบุรี');
  });

  // A typo must never find a place the right spelling misses: every result named after the word, or in a place named so.
  it.each([
    ['ฉะเชิงเทรา', 'ฉะเชิงเทา'],
    ['ฉะเชิงเทรา', 'ฉะเชงเทา'],
    ['ชลบุรี', 'ชลบุลี'],
    ['บางปะกง', 'บางปะกอง'],
    ['นครศรีธรรมราช', 'นครศรีธรรมมาช'],
    ['ท่าสะอ้าน', 'ทาสะอาน'],
  ])('%s finds everything of its own that its typo %s finds', (exact, typo) => {
    const about = (r: SearchResult) => [r.name, ...r.where].some((text) => foldForSearch(text).includes(foldForSearch(exact)));
    const hrefs = (query: string) => search(prepared, query, links, 1000).results.filter(about).map((r) => `${r.kind} ${r.href}`);
    expect(hrefs(typo).length).toBeGreaterThan(0);
    expect(hrefs(exact)).toEqual(expect.arrayContaining(hrefs(typo)));
  });

  it('asks for LGOs only when the query names a type', () => {
    expect(search(prepared, 'อบจ.ลำปาง', links).results.every((r) => r.kind === 'lgo')).toBe(true);
  });

  it('leads a district with LGOs to its own page, and one without to its province', () => {
    const district = (query: string) => search(prepared, query, links).results.find((r) => r.kind === 'district');
    expect(district('อำเภอบางปะกง')?.href).toBe('/district/2404/');
    expect(district('พนมสารคาม')).toMatchObject({ name: 'อำเภอพนมสารคาม', href: '/province/chachoengsao/' });
  });

  it('gives each result its place, for the screen reader name', () => {
    const result = search(prepared, 'ทต.บางปะกง', links).results[0]!;
    expect(result).toMatchObject({ name: 'เทศบาลตำบลบางปะกง', where: ['อำเภอบางปะกง', 'จังหวัดฉะเชิงเทรา'] });
  });

  it('does not take the start of a name for an abbreviation without its dot', () => {
    expect(parseQuery('ทมทอง')).toEqual({ types: [], terms: ['ทมทอง'] });
    expect(parseQuery('ทม.ทอง')).toEqual({ types: ['town'], terms: ['ทอง'] });
    expect(parseQuery('เทศบาล บางปะกง')).toEqual({ types: ['city', 'town', 'subdistrict'], terms: ['บางปะกง'] });
  });
});

describe('search: exact matches before matches with errors', () => {
  /** The results as "kind href", "~" before those found only with errors. */
  const ranked = (query: string, limit?: number) => search(prepared, query, links, limit).results.map((r) => `${r.fuzzy ? '~' : ''}${r.kind} ${r.href}`);
  const chonBuri = ['province /province/chon-buri/', 'lgo /lgo/pao-chon-buri/'];
  const chachoengsao = ['province /province/chachoengsao/', 'lgo /lgo/tm-chachoengsao/', 'lgo /lgo/pao-chachoengsao/'];
  const inChachoengsao = ['lgo /lgo/test-tt-bangpakong/', 'lgo /lgo/test-sao-tha-sa-an/'];

  // The province named, then what is named after it, then what is in it; near-misses of other places last.
  it.each<[string, string[]]>([
    ['ชลบุรี', [...chonBuri, 'district /province/chon-buri/', 'lgo /lgo/pattaya/', '~province /province/ratchaburi/', '~lgo /lgo/pao-ratchaburi/']],
    ['chonburi', [...chonBuri, 'lgo /lgo/pattaya/', '~province /province/ratchaburi/', '~province /province/suphan-buri/']],
    ['ฉะเชิงเทรา', [...chachoengsao, 'district /district/2401/', ...inChachoengsao]],
    ['chachoengsao', [...chachoengsao, ...inChachoengsao]],
    ['ทน.ฉะเชิงเทรา', ['lgo /lgo/tm-chachoengsao/', 'lgo /lgo/pao-chachoengsao/', ...inChachoengsao]],
    ['อางทอง', ['province /province/ang-thong/', 'lgo /lgo/pao-ang-thong/', 'district /province/ang-thong/']],
    ['บางปะกง', ['lgo /lgo/test-tt-bangpakong/', 'district /district/2404/', 'lgo /lgo/test-sao-tha-sa-an/']],
    ['ราชบุรี', ['province /province/ratchaburi/', 'lgo /lgo/pao-ratchaburi/', 'district /province/ratchaburi/', '~district /province/prachuap-khiri-khan/']],
    // A typo alone: its near-misses are all there is, best first.
    ['ชลบุลี', ['~province /province/chon-buri/', '~lgo /lgo/pao-chon-buri/', '~district /province/chon-buri/', '~lgo /lgo/pattaya/']],
  ])('%s → %j…', (query, expected) => {
    expect(ranked(query).slice(0, expected.length)).toEqual(expected);
  });

  it.each(['ชลบุรี', 'chonburi', 'ราชบุรี', 'เพชรบุรี', 'ฉะเชิงเท', 'บางปะกง', 'ลำปาง', 'อบจ.ชลบุรี', 'บุรี'])('never puts a match with errors above an exact one: %s', (query) => {
    const fuzzy = search(prepared, query, links, 1000).results.map((r) => r.fuzzy);
    expect(fuzzy).toContain(false);
    expect(fuzzy.slice(fuzzy.indexOf(true) === -1 ? fuzzy.length : fuzzy.indexOf(true))).not.toContain(false);
  });

  it('lets matches with errors only fill the page when there are exact ones, and counts them only then', () => {
    // ชลบุรี: 4 exact results (province, อบจ., อำเภอเมือง, พัทยา), then 8 near-misses (ราชบุรี, เพชรบุรี…).
    expect(search(prepared, 'ชลบุรี', links, 3)).toMatchObject({ total: 4 });
    expect(ranked('ชลบุรี', 3)).toEqual([...chonBuri, 'district /province/chon-buri/']);
    expect(search(prepared, 'ชลบุรี', links, 6)).toMatchObject({ total: 6 });
    expect(ranked('ชลบุรี', 6).filter((r) => r.startsWith('~'))).toHaveLength(2);
    expect(search(prepared, 'ชลบุรี', links)).toMatchObject({ total: 12 });
  });
});

describe('foldForSearch', () => {
  it.each([
    ['แม่ฮ่องสอน', 'แมฮองสอน'],
    ['ร้อยเอ็ด', 'รอยเอด'],
    ['อ่างทอง', 'อางทอง'],
    ['ทน. ฉะเชิงเทรา', 'ทนฉะเชิงเทรา'],
    ['Pattaya City', 'pattayacity'],
    ['๑๒๓', '123'],
  ])('%s → %s', (text, folded) => expect(foldForSearch(text)).toBe(folded));
});

describe('allowedErrors and substringDistance', () => {
  it('allows no error under 4 letters, one in 4–7, two from 8', () => {
    expect([3, 4, 7, 8, 12].map((n) => allowedErrors('ก'.repeat(n)))).toEqual([0, 1, 1, 2, 2]);
  });
  it('measures edits against the best substring, and gives up past the bound', () => {
    expect(substringDistance('ชลบุลี', 'จังหวัดชลบุรี', 1)).toBe(1);
    expect(substringDistance('บางปะกง', 'เทศบาลตำบลบางปะกง', 1)).toBe(0);
    expect(substringDistance('ฉะเชงเทา', 'ฉะเชิงเทรา', 2)).toBe(2);
    expect(substringDistance('ฉะเชงเทา', 'ฉะเชิงเทรา', 1)).toBe(Infinity);
  });
});

describe('search index size', () => {
  it('stays under 200 KB gzipped for the synthetic national registry of 7,850 LGOs', () => {
    const rows = syntheticRegistry(7850, content.provinces, 1);
    const lgos: Lgo[] = rows.map((r) => ({ id: r.id, type: r.type, nameTh: r.name_th, nameEn: r.name_en, provinceCode: r.province, district: r.district || undefined, announcementDate: date }));
    const json = JSON.stringify(buildSearchIndex(content.provinces, lgos));
    const gzipped = gzipSync(json, { level: 9 }).length;
    console.info(`search index, 7,850 synthetic LGOs: ${(json.length / 1000).toFixed(0)} KB raw, ${(gzipped / 1000).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThan(200_000);
    // And a query over all of it answers in a keystroke's time on this machine (reported, not a timing test).
    const all = prepareIndex(JSON.parse(json));
    const times = ['ฉะเชิงเท', 'ฉะเชิงเทา', 'เทศบาลฉะเชิงเทา'].map((query) => {
      const started = performance.now();
      search(all, query, links);
      return Math.round(performance.now() - started);
    });
    console.info(`fuzzy queries over 7,850 LGOs, as typed: ${times.join(', ')} ms`);
    // At national scale a province's name fills the page with its own LGOs, and near-misses (ราชบุรี) neither show nor count.
    const chonBuri = search(all, 'ชลบุรี', links);
    expect(chonBuri.results.slice(0, 2).map((r) => r.name)).toEqual(['จังหวัดชลบุรี', 'องค์การบริหารส่วนจังหวัดชลบุรี (ข้อมูลทดสอบ)']);
    expect(chonBuri.results).toHaveLength(20);
    expect(chonBuri.results.every((r) => !r.fuzzy && (r.kind === 'province' || r.where.includes('จังหวัดชลบุรี')))).toBe(true);
    expect(chonBuri.total).toBe(search(all, 'ชลบุรี', links, 10_000).results.filter((r) => !r.fuzzy).length);
  });
});
