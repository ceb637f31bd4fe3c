import { describe, expect, it } from 'vitest';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { allDistricts } from '../content/district-groups';
import { loadContent } from '../content/load-content';
import { createSite } from '../content/site';
import { kitCampaign } from './jobs';
import { districtKitJobs, provinceLetterJobs } from './letter-jobs';

const config = { siteUrl: 'https://smartlaw.test', siteUrlIsDefault: false, contentDir: BASIC_FIXTURE };
const site = createSite(loadContent(BASIC_FIXTURE, { siteUrl: config.siteUrl }), config);

describe('the draft letters of the letter kit', () => {
  it('write a district as อำเภอ… จังหวัด…, a space before จังหวัด, in the area, the addressee and the office', () => {
    const districts = allDistricts(site);
    expect(districts.length).toBeGreaterThan(0);
    for (const entry of districts) {
      const job = districtKitJobs(site, entry, kitCampaign(site)).find((j) => j.spec.template === 'letter-docx')!;
      if (job.spec.template !== 'letter-docx') throw new Error('no draft letter');
      const { area, to, office, staffUrl } = job.spec.letter;
      expect(area).toBe(`อำเภอ${entry.district.nameTh} จังหวัด${entry.province.nameTh}`);
      expect(to.endsWith(`ใน${area}`)).toBe(true);
      expect(office).toBe(`ที่ว่าการอำเภอ${entry.district.nameTh}`);
      expect(staffUrl).toBe(`https://smartlaw.test/district/${entry.district.code}/kit/`);
    }
  });

  it('address a province’s letter to its districts and LGOs ใน จังหวัด…', () => {
    const province = site.provinces.find((p) => p.slug === 'chachoengsao')!;
    const job = provinceLetterJobs(site, province, kitCampaign(site)).find((j) => j.spec.template === 'letter-docx')!;
    if (job.spec.template !== 'letter-docx') throw new Error('no draft letter');
    expect(job.spec.letter.area).toBe('จังหวัดฉะเชิงเทรา');
    expect(job.spec.letter.to).toMatch(/^นายอำเภอ ทุกอำเภอ .* ในจังหวัดฉะเชิงเทรา$/);
  });
});
