import type { Lgo, Province } from '../content/load-content';
import { LGO_TYPE_INFO, LGO_TYPES } from '../content/lgo-types';
import { dopaProvinceCode, geography } from '../thai/geography';
import type { IndexDistrict, IndexLgo, SearchIndex } from './search';

/**
 * The search index the home page fetches on first use: every province of the
 * content, every district of those provinces (the official list, plus any
 * district the registry names that the list lacks), and every LGO. Names are
 * stored once and referred to by number; an LGO's type prefix is stored as its
 * type, so the file stays near 100 KB gzipped for 7,850 LGOs.
 */
export function buildSearchIndex(provinces: readonly Province[], lgos: readonly Lgo[]): SearchIndex {
  const geo = geography();
  const provinceIndex = new Map(provinces.map((p, i) => [p.code, i]));
  const districts: IndexDistrict[] = [];
  const districtIndex = new Map<string, number>();
  const addDistrict = (provinceCode: string, name: string, code: string) => {
    const key = `${provinceCode}|${name}`;
    if (!districtIndex.has(key)) {
      districtIndex.set(key, districts.length);
      districts.push([name, provinceIndex.get(provinceCode)!, code]);
    }
    return districtIndex.get(key)!;
  };
  // A district links to its own page when it has one (it has LGOs), else to its province.
  const withPages = new Set(lgos.map((l) => l.districtCode).filter(Boolean));
  for (const province of provinces) {
    for (const d of geo.districtsOf(dopaProvinceCode(province.code))) addDistrict(province.code, d.nameTh, withPages.has(d.code) ? d.code : '');
  }
  const indexed: IndexLgo[] = lgos.map((lgo) => {
    const type = LGO_TYPES.indexOf(lgo.type);
    const prefix = LGO_TYPE_INFO[lgo.type].full;
    const prefixed = lgo.nameTh.startsWith(prefix);
    const district = lgo.district ? addDistrict(lgo.provinceCode, lgo.district, '') : -1;
    return [prefixed ? lgo.nameTh.slice(prefix.length) : lgo.nameTh, prefixed ? type : type + 100, provinceIndex.get(lgo.provinceCode)!, district, lgo.id, lgo.nameEn ?? ''];
  });
  return { provinces: provinces.map((p) => [p.nameTh, p.nameEn, p.slug]), districts, lgos: indexed };
}
