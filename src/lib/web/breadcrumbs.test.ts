import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n';
import { getSite } from '../content/site';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { lgoAncestors } from './breadcrumbs';

const site = getSite({ CONTENT_DIR: BASIC_FIXTURE, SITE_URL: 'https://smartlaw.test' });
const t = createTranslator('th');
const lgo = (id: string) => site.lgos.find((l) => l.id === id)!;

describe('lgoAncestors', () => {
  it('goes home › province › district for an LGO of a district, the district linking to its page', () => {
    expect(lgoAncestors(site, lgo('test-sao-long'), t)).toEqual([
      { label: 'หน้าหลัก', href: '/' },
      { label: 'จังหวัดฉะเชิงเทรา', href: '/province/chachoengsao/' },
      { label: 'อำเภอบางปะกง', href: '/district/2404/' },
    ]);
    expect(lgoAncestors(site, lgo('test-town'), t).at(-1)).toEqual({ label: 'อำเภอเมืองลำปาง', href: '/district/5201/' });
  });

  it('stops at the province for a province-wide body', () => {
    expect(lgoAncestors(site, lgo('test-pao'), t)).toEqual([
      { label: 'หน้าหลัก', href: '/' },
      { label: 'จังหวัดฉะเชิงเทรา', href: '/province/chachoengsao/' },
    ]);
  });
});
