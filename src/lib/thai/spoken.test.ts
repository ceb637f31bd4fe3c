import { describe, expect, it } from 'vitest';
import { expandAbbreviations, sayLatinWords, spellAddress, spellCharacters, spellPhone } from './spoken';

describe('spellAddress', () => {
  it('spells a web address letter by letter with ดอท for each dot, scheme dropped', () => {
    expect(spellAddress('https://sll.dla.go.th')).toBe('เอส แอล แอล ดอท ดี แอล เอ ดอท จี โอ ดอท ที เอช');
    expect(spellAddress('https://www.dla.go.th/')).toBe('ดี แอล เอ ดอท จี โอ ดอท ที เอช');
  });
});

describe('spellCharacters', () => {
  it('names letters, digits and symbols, and refuses what it cannot say', () => {
    expect(spellCharacters('DLA SLL')).toBe('ดี แอล เอ เอส แอล แอล');
    expect(spellCharacters('w3-x')).toBe('ดับเบิลยู สาม ขีด เอ็กซ์');
    expect(() => spellCharacters('a😀')).toThrow(/cannot spell/);
  });
});

describe('spellPhone', () => {
  it('reads a number digit by digit, a range suffix with ถึง, an extension with ต่อ', () => {
    expect(spellPhone('038-512679-80')).toBe('ศูนย์ สาม แปด ห้า หนึ่ง สอง หก เจ็ด เก้า ถึง แปด ศูนย์');
    expect(spellPhone('02-000-0000 ต่อ 12')).toBe('ศูนย์ สอง ศูนย์ ศูนย์ ศูนย์ ศูนย์ ศูนย์ ศูนย์ ศูนย์ ต่อ หนึ่ง สอง');
    expect(spellPhone('๐๓๘-๕๑๒๖๗๙')).toBe('ศูนย์ สาม แปด ห้า หนึ่ง สอง หก เจ็ด เก้า');
    expect(spellPhone('1111')).toBe('หนึ่ง หนึ่ง หนึ่ง หนึ่ง');
  });
});

describe('expandAbbreviations', () => {
  it('says abbreviations in full', () => {
    expect(expandAbbreviations('อบต.บางปะกง')).toBe('องค์การบริหารส่วนตำบลบางปะกง');
    expect(expandAbbreviations('ทต. ท่าข้าม อ.บางปะกง จ.ฉะเชิงเทรา')).toBe('เทศบาลตำบลท่าข้าม อำเภอบางปะกง จังหวัดฉะเชิงเทรา');
    expect(expandAbbreviations('ติดต่อ อบจ.ลำปาง')).toBe('ติดต่อ องค์การบริหารส่วนจังหวัดลำปาง');
    // Not inside a word: only a standalone abbreviation with its dot.
    expect(expandAbbreviations('องค์การบริหารส่วนตำบลบางปะกง')).toBe('องค์การบริหารส่วนตำบลบางปะกง');
  });
});

describe('sayLatinWords', () => {
  it('says known brand names in Thai and spells the rest', () => {
    expect(sayLatinWords('ระบบ Smart Law และ DLA SLL', { 'Smart Law': 'สมาร์ทลอว์' })).toBe('ระบบ สมาร์ทลอว์ และ ดี แอล เอ เอส แอล แอล');
  });
});
