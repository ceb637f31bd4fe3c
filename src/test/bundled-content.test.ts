import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../lib/content/load-content';
import { PROJECT_ROOT } from './build-utils';

// The bundled content must hold only facts we are sure of; these checks keep it so.
const content = loadContent(resolve(PROJECT_ROOT, 'content'), { siteUrl: 'https://smartlaw.test' });

describe('bundled content', () => {
  it('keeps its registries in UTF-8 with a byte-order mark, so Excel on a Thai Windows opens them right', () => {
    for (const file of ['lgos.csv', 'provinces.csv']) {
      expect(readFileSync(resolve(PROJECT_ROOT, 'content', file)).subarray(0, 3), file).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
  });


  it('has all 77 provinces with unique ISO codes, 6 of them pilots', () => {
    expect(content.provinces).toHaveLength(77);
    expect(content.provinces.filter((p) => p.pilot).map((p) => p.nameTh).sort()).toEqual(
      ['ฉะเชิงเทรา', 'นครปฐม', 'ปัตตานี', 'ราชบุรี', 'ลำปาง', 'อุบลราชธานี'].sort(),
    );
  });

  it('has a PAO in every province but Bangkok, plus Bangkok, Pattaya and Chachoengsao Town Municipality', () => {
    const paoProvinces = new Set(content.lgos.filter((l) => l.type === 'pao').map((l) => l.provinceCode));
    expect(paoProvinces.size).toBe(76);
    expect(paoProvinces.has('TH-10')).toBe(false);
    const others = content.lgos.filter((l) => l.type !== 'pao').map((l) => l.nameTh).sort();
    expect(others).toEqual(['กรุงเทพมหานคร', 'เทศบาลเมืองฉะเชิงเทรา', 'เมืองพัทยา'].sort());
  });

  it('publishes no phone number but the one the provincial letter gives', () => {
    const phones = [...content.provinces.map((p) => p.office?.phone), ...content.lgos.map((l) => l.phone)].filter(Boolean);
    expect(phones.map((p) => p?.display)).toEqual(['038-512679-80']);
  });

  it('leaves the app store links empty until the official ones are known', () => {
    expect(content.channels.app.appStoreUrl).toBeUndefined();
    expect(content.channels.app.googlePlayUrl).toBeUndefined();
    expect(content.channels.website.url).toBe('https://sll.dla.go.th');
  });
});
