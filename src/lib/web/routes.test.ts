import { describe, expect, it } from 'vitest';
import type { Province } from '../content/load-content';
import { t } from '../../i18n';
import { geography } from '../thai/geography';
import { districtPageHead } from './routes';

describe('districtPageHead', () => {
  it('names a district and its province alike for the district page and its staff page, with a space before จังหวัด', () => {
    const district = geography().districtByCode.get('2404')!;
    // Only the fields the head reads: a province record from the real geography, no LGOs.
    const province = { code: 'TH-24', nameTh: 'ฉะเชิงเทรา', slug: 'chachoengsao' } as Province;
    const head = districtPageHead({ district, province, lgos: [] }, t);
    expect(head.name).toBe('อำเภอบางปะกง');
    expect(head.provinceName).toBe('จังหวัดฉะเชิงเทรา');
    expect(head.area).toBe('อำเภอบางปะกง จังหวัดฉะเชิงเทรา');
    expect(head.crumbs).toEqual([
      { label: t('site.home'), href: '/' },
      { label: 'จังหวัดฉะเชิงเทรา', href: '/province/chachoengsao/' },
    ]);
  });

  it('gives a Bangkok เขต its own prefix and no จังหวัด', () => {
    const khet = [...geography().districtByCode.values()].find((d) => d.kind === 'khet')!;
    const head = districtPageHead({ district: khet, province: { code: 'TH-10', nameTh: 'กรุงเทพมหานคร', slug: 'bangkok' } as Province, lgos: [] }, t);
    expect(head.area).toBe(`เขต${khet.nameTh} กรุงเทพมหานคร`);
  });
});
