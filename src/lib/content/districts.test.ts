import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { ContentError } from './content-error';
import { bareDistrictName, boundedEditDistance, checkDistrict, districtTitle, suggestDistricts } from './districts';
import { loadContent } from './load-content';
import { geography } from '../thai/geography';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/basic');

describe('bareDistrictName', () => {
  it('drops อำเภอ, อ. and เขต prefixes and spaces', () => {
    expect(bareDistrictName(' อ. บางปะกง ')).toBe('บางปะกง');
    expect(bareDistrictName('อำเภอเมืองฉะเชิงเทรา')).toBe('เมืองฉะเชิงเทรา');
    expect(bareDistrictName('เขตพระนคร')).toBe('พระนคร');
    // A district whose own name starts with เขต-like letters is not cut: สนามชัยเขต ends with it.
    expect(bareDistrictName('สนามชัยเขต')).toBe('สนามชัยเขต');
  });
});

describe('boundedEditDistance', () => {
  it('counts edits and stops early past the bound', () => {
    expect(boundedEditDistance('บางปะกง', 'บางปะกง', 2)).toBe(0);
    expect(boundedEditDistance('บางปะกอง', 'บางปะกง', 2)).toBe(1);
    expect(boundedEditDistance('ก', 'กขคง', 2)).toBe(3);
  });
});

describe('checkDistrict', () => {
  it('accepts an official district with any usual prefix and returns its DOPA code', () => {
    for (const written of ['บางปะกง', 'อ.บางปะกง', 'อำเภอบางปะกง']) {
      const result = checkDistrict('sao', 'TH-24', written);
      expect(result).toMatchObject({ ok: true, district: { code: '2404', nameTh: 'บางปะกง' } });
    }
    expect(checkDistrict('subdistrict', 'TH-38', 'อำเภอบุ่งคล้า')).toMatchObject({ ok: true, district: { code: '3808' } });
  });

  it('refuses a typo and suggests the official name (tone marks forgiven), never corrects it', () => {
    const typo = checkDistrict('sao', 'TH-24', 'บางปะกอง');
    expect(typo).toEqual({ ok: false, problem: expect.stringMatching(/"บางปะกอง" is not a อำเภอ of ฉะเชิงเทรา.*did you mean "บางปะกง"\?/) });
    const tones = checkDistrict('town', 'TH-24', 'บางนำเปรียว');
    expect(tones).toEqual({ ok: false, problem: expect.stringContaining('did you mean "บางน้ำเปรี้ยว"?') });
    const capital = checkDistrict('town', 'TH-52', 'เมือง');
    expect(capital).toEqual({ ok: false, problem: expect.stringContaining('did you mean "เมืองลำปาง" or "เมืองปาน"?') });
  });

  it('says when the name is a district of another province', () => {
    const result = checkDistrict('sao', 'TH-52', 'บางปะกง');
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('it is a district of ฉะเชิงเทรา') });
  });

  it('needs a district for district-level LGOs, not for province-wide bodies', () => {
    expect(checkDistrict('sao', 'TH-24', '')).toEqual({ ok: false, problem: expect.stringMatching(/is required for a องค์การบริหารส่วนตำบล/) });
    expect(checkDistrict('pao', 'TH-24', '')).toEqual({ ok: true });
    expect(checkDistrict('bma', 'TH-10', undefined)).toEqual({ ok: true });
    // A province-wide body that names a district must name a real one.
    expect(checkDistrict('pattaya', 'TH-20', 'บางละมุง')).toMatchObject({ ok: true, district: { nameTh: 'บางละมุง' } });
    expect(checkDistrict('pattaya', 'TH-20', 'บางละมุม').ok).toBe(false);
  });

  it("knows Bangkok's เขต", () => {
    expect(checkDistrict('sao', 'TH-10', 'เขตบางรัก')).toMatchObject({ ok: true, district: { kind: 'khet' } });
    expect(checkDistrict('sao', 'TH-10', 'บางรักษ์')).toEqual({ ok: false, problem: expect.stringMatching(/not a เขต of กรุงเทพมหานคร.*"บางรัก"/) });
  });

  it('matches every district of the data set to itself', () => {
    for (const d of geography().districts) {
      const check = checkDistrict('sao', `TH-${d.provinceCode}`, d.nameTh);
      expect(check.ok && check.district?.code).toBe(d.code);
    }
  });
});

describe('suggestDistricts', () => {
  it('suggests nothing for a name far from every district', () => {
    expect(suggestDistricts('กรุงเทพ', geography().districtsOf('24'))).toEqual([]);
  });
});

describe('districtTitle', () => {
  it('writes อำเภอ or เขต', () => {
    expect(districtTitle({ nameTh: 'บางปะกง', kind: 'amphoe' })).toBe('อำเภอบางปะกง');
    expect(districtTitle({ nameTh: 'บางรัก', kind: 'khet' })).toBe('เขตบางรัก');
  });
});

describe('the loader', () => {
  const withLgos = (edit: (csv: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'smartlaw-districts-'));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'lgos.csv'), edit(readFileSync(join(dir, 'lgos.csv'), 'utf8')));
    return dir;
  };

  it('stores the official name and code of each LGO’s district', () => {
    const { lgos } = loadContent(FIXTURE, { siteUrl: 'https://smartlaw.test' });
    expect(lgos.find((l) => l.id === 'test-sao-long')).toMatchObject({ district: 'บางปะกง', districtCode: '2404' });
    expect(lgos.find((l) => l.id === 'test-pao')).toMatchObject({ district: undefined, districtCode: undefined });
  });

  it('names file, row and field of a mistyped district, with the suggestion', () => {
    const dir = withLgos((csv) => csv.replace('อ.บางปะกง', 'อ.บางปะกอง'));
    let error: unknown;
    try {
      loadContent(dir, { siteUrl: 'https://smartlaw.test' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect(String((error as Error).message)).toMatch(/lgos\.csv row 3, field "district": "บางปะกอง" is not a อำเภอ of ฉะเชิงเทรา.*did you mean "บางปะกง"\?/);
  });

  it('refuses a district-level LGO with no district', () => {
    const dir = withLgos((csv) => csv.replace('TH-52,อำเภอเมืองลำปาง', 'TH-52,'));
    expect(() => loadContent(dir, { siteUrl: 'https://smartlaw.test' })).toThrow(/lgos\.csv row 4, field "district": is required for a เทศบาลเมือง/);
  });
});

describe('letter.yaml', () => {
  const withLetter = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'smartlaw-letter-'));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'letter.yaml'), text);
    return dir;
  };

  it('sets the Word font for all provinces or one', () => {
    const { letter } = loadContent(withLetter('letter_font: TH SarabunPSK\nprovinces:\n  TH-24: TH SarabunIT๙\n'), { siteUrl: 'https://smartlaw.test' });
    expect(letter.fontFor('TH-24')).toBe('TH SarabunIT๙');
    expect(letter.fontFor('TH-52')).toBe('TH SarabunPSK');
    expect(loadContent(FIXTURE, { siteUrl: 'https://smartlaw.test' }).letter.fontFor('TH-24')).toBe('TH SarabunPSK');
  });

  it('refuses a font it does not know, naming file and field', () => {
    expect(() => loadContent(withLetter('letter_font: Angsana New\n'), { siteUrl: 'https://smartlaw.test' })).toThrow(/letter\.yaml, field "letter_font": must be one of TH SarabunPSK, TH SarabunIT๙/);
  });
});
