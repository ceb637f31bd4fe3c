import { describe, expect, it } from 'vitest';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { allDistricts } from '../content/district-groups';
import { loadContent } from '../content/load-content';
import { createSite } from '../content/site';
import { kitCampaign } from './jobs';
import type { Lgo } from '../content/load-content';
import { LGO_TYPE_INFO } from '../content/lgo-types';
import { districtKitJobs, letterAddressee, provinceLetterJobs } from './letter-jobs';

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
      // Addressed to the เทศบาลตำบล and อบต. the district passes the letter on to, naming no type it lacks.
      const recipients = entry.lgos.some((l) => l.type === 'subdistrict' || l.type === 'sao') ? entry.lgos.filter((l) => l.type === 'subdistrict' || l.type === 'sao') : entry.lgos;
      expect(to).toBe(letterAddressee(recipients, area, false));
      if (!recipients.some((l) => l.type === 'subdistrict')) expect(to).not.toContain('นายกเทศมนตรีตำบล');
      if (recipients.length > 1) expect(to.endsWith(`ใน${area}`)).toBe(true);
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

/** Made-up LGOs for the addressee rules (synthetic test data: only their type and name matter). */
const lgo = (type: Lgo['type'], place: string): Lgo => ({ type, nameTh: `${LGO_TYPE_INFO[type].full}${type === 'bma' || type === 'pattaya' ? '' : place}` }) as Lgo;

describe('letterAddressee', () => {
  const district = 'อำเภอบางปะกง จังหวัดฉะเชิงเทรา';
  it.each([
    ['one LGO: its executive by name', [lgo('sao', 'ท่าข้าม')], district, false, 'นายกองค์การบริหารส่วนตำบลท่าข้าม'],
    ['several of one type: the title, ทุกแห่ง', [lgo('sao', 'ท่าข้าม'), lgo('sao', 'บางผึ้ง')], district, false, 'นายกองค์การบริหารส่วนตำบล ทุกแห่งในอำเภอบางปะกง จังหวัดฉะเชิงเทรา'],
    [
      'one เทศบาลตำบล and several อบต.',
      [lgo('subdistrict', 'บางปะกง'), lgo('sao', 'ท่าข้าม'), lgo('sao', 'บางผึ้ง')],
      district,
      false,
      'นายกเทศมนตรีตำบลบางปะกง และนายกองค์การบริหารส่วนตำบล ทุกแห่งในอำเภอบางปะกง จังหวัดฉะเชิงเทรา',
    ],
    [
      'a province: the district chiefs, then its PAO and town by name',
      [lgo('pao', 'ฉะเชิงเทรา'), lgo('town', 'ฉะเชิงเทรา')],
      'จังหวัดฉะเชิงเทรา',
      true,
      'นายอำเภอ ทุกอำเภอ นายกองค์การบริหารส่วนจังหวัดฉะเชิงเทรา และนายกเทศมนตรีเมืองฉะเชิงเทรา ในจังหวัดฉะเชิงเทรา',
    ],
    [
      'a province with several towns',
      [lgo('pao', 'ชลบุรี'), lgo('pattaya', ''), lgo('town', 'ชลบุรี'), lgo('town', 'บ้านบึง')],
      'จังหวัดชลบุรี',
      true,
      'นายอำเภอ ทุกอำเภอ นายกองค์การบริหารส่วนจังหวัดชลบุรี นายกเมืองพัทยา และนายกเทศมนตรีเมือง ทุกแห่งในจังหวัดชลบุรี',
    ],
    ['Bangkok: no นายอำเภอ, one LGO', [lgo('bma', '')], 'กรุงเทพมหานคร', false, 'ผู้ว่าราชการกรุงเทพมหานคร'],
  ])('%s', (_, recipients, area, chiefs, expected) => {
    expect(letterAddressee(recipients, area, chiefs)).toBe(expected);
  });

  it('Bangkok’s letter names no นายอำเภอ or เทศบาล', () => {
    const bangkok = site.provinces.find((p) => p.code === 'TH-10');
    if (!bangkok) return expect(site.provinces.length).toBeGreaterThan(0);
    const job = provinceLetterJobs(site, bangkok, kitCampaign(site)).find((j) => j.spec.template === 'letter-docx')!;
    if (job.spec.template !== 'letter-docx') throw new Error('no draft letter');
    expect(job.spec.letter.to).not.toMatch(/นายอำเภอ|เทศบาล/);
  });
});
