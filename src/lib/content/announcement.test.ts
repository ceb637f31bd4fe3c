import { describe, expect, it } from 'vitest';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { lgoWhere, provincePosterSubject } from './announcement';
import { loadContent, type Lgo } from './load-content';
import { createSite } from './site';

const config = { siteUrl: 'https://smartlaw.test', siteUrlIsDefault: false, contentDir: BASIC_FIXTURE };
const site = createSite(loadContent(BASIC_FIXTURE, { siteUrl: config.siteUrl }), config);
const lgo = (id: string) => site.lgos.find((l) => l.id === id)!;

describe('lgoWhere', () => {
  it('gives the district and the province under an LGO’s name', () => {
    expect(lgoWhere(site, lgo('test-sao-long'))).toBe('อำเภอบางปะกง จังหวัดฉะเชิงเทรา');
  });

  it('says the province once: not again under a name that ends with it (an อบจ., Bangkok)', () => {
    // The fixture's อบจ. has a made-up name; an อบจ. named after its province, as all real ones are.
    const named: Lgo = { ...lgo('test-pao'), nameTh: 'องค์การบริหารส่วนจังหวัดฉะเชิงเทรา' };
    expect(lgoWhere(site, named)).toBe('');
    expect(lgoWhere(site, lgo('test-pao'))).toBe('จังหวัดฉะเชิงเทรา');
  });
});

describe('provincePosterSubject', () => {
  it('does not repeat the province under an office name that ends with it', () => {
    const province = site.provinces.find((p) => p.slug === 'chachoengsao')!;
    expect(province.office?.name).toMatch(/จังหวัดฉะเชิงเทรา$/);
    expect(provincePosterSubject(site, province).where).toBeUndefined();
    const other = { ...province, office: { ...province.office!, name: 'สำนักงานทดสอบ' } };
    expect(provincePosterSubject(site, other).where).toBe('จังหวัดฉะเชิงเทรา');
  });
});
