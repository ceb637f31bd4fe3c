import { afterEach, describe, expect, it } from 'vitest';
import { BASIC_FIXTURE, contentProblems, fixtureCopy, replaceLine, type FixtureEdits } from '../../test/fixture-utils';
import { loadContent } from './load-content';
import { isoDateInBangkok } from '../thai/date';

const SITE = { siteUrl: 'https://smartlaw.test' };
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** The messages of the ContentError that loading an edited fixture throws. */
function problemsWith(edits: FixtureEdits): string[] {
  const { dir, cleanup } = fixtureCopy(edits);
  cleanups.push(cleanup);
  return contentProblems(dir, SITE.siteUrl);
}

const LGO_HEADER = 'id,dla_code,type,name_th,name_en,province,district,phone,website,facebook';

describe('loadContent with valid content', () => {
  const content = loadContent(BASIC_FIXTURE, SITE);

  it('reads provinces, LGOs and the campaign', () => {
    expect(content.provinces).toHaveLength(77);
    expect(content.provinces.filter((p) => p.code === 'TH-24' || p.code === 'TH-52').map((p) => p.slug)).toEqual(['chachoengsao', 'lampang']);
    expect(content.lgos.map((l) => l.id)).toEqual(['test-pao', 'test-sao-long', 'test-town']);
    expect(content.campaign.subjects).toHaveLength(3);
    expect(content.provinces.find((p) => p.code === 'TH-24')?.office?.phone).toEqual({ display: '038-512679-80', href: 'tel:+6638512679' });
  });

  it('normalises Thai digits in phone numbers', () => {
    expect(content.lgos[1]?.phone?.display).toBe('038-000000');
  });

  it('adds the site host to the QR allowlist', () => {
    expect(content.qrAllowedHosts).toEqual(['sll.dla.go.th', 'smartlaw.test']);
  });

  it('renders notes without raw HTML or javascript: links, and applies their date', () => {
    const town = content.lgos.find((l) => l.id === 'test-town');
    expect(town?.noteHtml).toContain('<strong>ชั้น 2</strong>');
    expect(town?.noteHtml).not.toMatch(/<img|href="javascript/);
    expect(town && isoDateInBangkok(town.announcementDate)).toBe('2026-02-01');
    const pao = content.lgos.find((l) => l.id === 'test-pao');
    expect(pao && isoDateInBangkok(pao.announcementDate)).toBe('2026-01-15');
  });

  it('escapes nothing itself: names keep their text for the page to escape', () => {
    expect(content.lgos[2]?.nameTh).toBe('เทศบาลเมืองทดสอบ <b>ตัวหนา</b>');
  });
});

describe('loadContent rejects', () => {
  it('a missing required field, naming file, row and field', () => {
    expect(problemsWith({ 'lgos.csv': replaceLine(2, 'test-pao,,pao,,,TH-24,,,,') })).toEqual([
      expect.stringMatching(/lgos\.csv row 2, field "name_th": is required$/),
    ]);
  });

  it('a bad URL', () => {
    const problems = problemsWith({
      'lgos.csv': replaceLine(2, 'test-pao,,pao,อบจ.ทดสอบ,,TH-24,,,ftp://files.test/x,'),
    });
    expect(problems).toEqual([expect.stringMatching(/lgos\.csv row 2, field "website": must start with https:\/\/ or http:\/\/$/)]);
  });

  it('a Facebook link that is not on facebook.com', () => {
    const problems = problemsWith({
      'lgos.csv': replaceLine(2, 'test-pao,,pao,อบจ.ทดสอบ,,TH-24,,,,https://facebook.com.evil.test/page'),
    });
    expect(problems).toEqual([expect.stringMatching(/row 2, field "facebook": must be a page on facebook\.com/)]);
  });

  it('a duplicate LGO id', () => {
    const problems = problemsWith({
      'lgos.csv': (old) => `${old}test-pao,,town,เทศบาลเมืองซ้ำ,,TH-24,บางคล้า,,,\n`,
    });
    expect(problems).toEqual([expect.stringMatching(/lgos\.csv row 5, field "id": duplicate id test-pao \(also on row 2\)/)]);
  });

  it('an unknown province', () => {
    const problems = problemsWith({ 'lgos.csv': replaceLine(4, 'test-town,,town,เทศบาลเมืองทดสอบ,,TH-99,,,,') });
    expect(problems).toEqual([expect.stringMatching(/lgos\.csv row 4, field "province": unknown province "TH-99"/)]);
  });

  it('an unknown type', () => {
    const problems = problemsWith({ 'lgos.csv': replaceLine(4, 'test-town,,municipality,เทศบาลเมืองทดสอบ,,TH-52,เมืองลำปาง,,,') });
    expect(problems).toEqual([expect.stringMatching(/row 4, field "type": must be one of pao, bma, pattaya/)]);
  });

  it('a QR target on a host that is not allowlisted', () => {
    const problems = problemsWith({
      'channels.yaml': (old) => old.replace('url: https://sll.dla.go.th', 'url: https://sll.dla.go.th.example.com'),
    });
    // Refused as a QR target, and as an address that imitates the official one wherever it is printed.
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/channels\.yaml, field "website\.url": cannot become a QR code: host "sll\.dla\.go\.th\.example\.com"/),
        expect.stringMatching(/channels\.yaml line \d+, field "website\.url": "https:\/\/sll\.dla\.go\.th\.example\.com" imitates sll\.dla\.go\.th/),
      ]),
    );
  });

  it('a store link on another host', () => {
    const problems = problemsWith({
      'channels.yaml': (old) => old.replace('appStoreUrl: ""', 'appStoreUrl: "https://apps.apple.com.evil.test/app"'),
    });
    expect(problems).toEqual([expect.stringMatching(/channels\.yaml, field "app\.appStoreUrl": cannot become a QR code/)]);
  });

  it('a store link on the real store host while no official store page is recorded in code', () => {
    const problems = problemsWith({
      'channels.yaml': (old) => old.replace('googlePlayUrl: ""', 'googlePlayUrl: "https://play.google.com/store/apps/details?id=com.someone.else"'),
    });
    expect(problems).toEqual([
      expect.stringMatching(/field "app\.googlePlayUrl": cannot become a QR code: no official store page of the app is recorded in src\/lib\/web\/qr-allowlist\.ts/),
    ]);
  });

  it('an http QR target', () => {
    const problems = problemsWith({
      'channels.yaml': (old) => old.replace('url: https://sll.dla.go.th', 'url: http://sll.dla.go.th'),
    });
    expect(problems).toEqual([expect.stringMatching(/field "website\.url": must start with https:\/\//)]);
  });

  it('a duplicate province code', () => {
    const problems = problemsWith({
      'provinces.csv': (old) => `${old}TH-24,chachoengsao-2,ฉะเชิงเทรา,Chachoengsao,no,,,,,east\n`,
    });
    expect(problems).toEqual([expect.stringMatching(/provinces\.csv row 79, field "code": duplicate code TH-24/)]);
  });

  it('a missing or unknown column', () => {
    const problems = problemsWith({
      'lgos.csv': (old) => old.replace(LGO_HEADER, LGO_HEADER.replace('name_th', 'name').replace('facebook', 'line')),
    });
    expect(problems).toEqual([
      expect.stringMatching(/lgos\.csv row 1, field "name_th": column is missing from the header/),
      expect.stringMatching(/lgos\.csv row 1, field "name": unknown column/),
      expect.stringMatching(/lgos\.csv row 1, field "line": unknown column/),
    ]);
  });

  it('a missing file', () => {
    expect(problemsWith({ 'channels.yaml': null })).toEqual([expect.stringMatching(/channels\.yaml: file is missing/)]);
  });

  it('a campaign without exactly three subjects', () => {
    const problems = problemsWith({
      'campaign.md': (old) => old.replace(/  - title: การให้บริการสาธารณะ\n    description: เรื่องที่สอง\n/, ''),
    });
    expect(problems).toEqual([expect.stringMatching(/campaign\.md, field "subjects": must list exactly the three complaint subjects/)]);
  });

  it('an impossible announcement date', () => {
    const problems = problemsWith({ 'campaign.md': (old) => old.replace('2026-01-15', '2026-02-30') });
    expect(problems).toEqual([expect.stringMatching(/campaign\.md, field "announcementDate": "2026-02-30" is not a real date/)]);
  });

  it('a note whose LGO row was renamed', () => {
    const problems = problemsWith({ 'lgos.csv': replaceLine(4, 'test-town-2,,town,เทศบาลเมืองทดสอบ,,TH-52,เมืองลำปาง,,,') });
    expect(problems).toEqual([expect.stringMatching(/lgos\/test-town\.md: no LGO with id "test-town"/)]);
  });

  it('a note for an LGO that does not exist', () => {
    const problems = problemsWith({ 'lgos/no-such-lgo.md': 'ข้อความ' });
    expect(problems).toEqual([expect.stringMatching(/lgos\/no-such-lgo\.md: no LGO with id "no-such-lgo"/)]);
  });

  it('an unknown key in a note', () => {
    const problems = problemsWith({ 'lgos/test-town.md': '---\ntitle: x\n---\nข้อความ' });
    expect(problems).toEqual([expect.stringMatching(/lgos\/test-town\.md: unknown key "title": remove or correct it/)]);
  });

  it('a mobile number', () => {
    const problems = problemsWith({ 'lgos.csv': replaceLine(4, 'test-town,,town,เทศบาลเมืองทดสอบ,,TH-52,เมืองลำปาง,081-234-5678,,') });
    expect(problems).toEqual([expect.stringMatching(/row 4, field "phone": "081-234-5678" is a mobile number/)]);
  });

  it('a 300-character name', () => {
    const problems = problemsWith({ 'lgos.csv': replaceLine(4, `test-town,,town,${'ก'.repeat(300)},,TH-52,เมืองลำปาง,,,`) });
    expect(problems).toEqual([expect.stringMatching(/row 4, field "name_th": is longer than 120 characters/)]);
  });

  it('emoji and other scripts in a name, which the posters cannot print', () => {
    const problems = problemsWith({
      'lgos.csv': (old) =>
        old
          .replace('เทศบาลเมืองทดสอบ <b>ตัวหนา</b>', 'เทศบาลเมืองทดสอบ 😀')
          .replace('test-pao,,pao,องค์การบริหารส่วนจังหวัดทดสอบ', 'test-pao,,pao,องค์การบริหารส่วนจังหวัดทดสอบ 市政府'),
    });
    expect(problems).toEqual([
      expect.stringMatching(/row 2, field "name_th": contains characters the posters cannot print or that hide or reorder text \("市" U\+5E02, "政" U\+653F, "府" U\+5E9C\)/),
      expect.stringMatching(/row 4, field "name_th": contains characters the posters cannot print or that hide or reorder text \("😀" U\+1F600\)/),
    ]);
  });

  it('javascript: and data: links', () => {
    const problems = problemsWith({
      'lgos.csv': replaceLine(4, 'test-town,,town,เทศบาลเมืองทดสอบ,,TH-52,เมืองลำปาง,,javascript:alert(1),"data:text/html;base64,PHNjcmlwdD4="'),
    });
    expect(problems).toEqual([
      expect.stringMatching(/row 4, field "website": (is not a valid URL|must start with https)/),
      expect.stringMatching(/row 4, field "facebook": (is not a valid URL|must start with https)/),
    ]);
  });

  it('an id that is not an ASCII slug', () => {
    const problems = problemsWith({ 'lgos.csv': replaceLine(3, 'อบต-ทดสอบ,,sao,อบต.ทดสอบ,,TH-24,บางปะกง,,,') });
    expect(problems).toEqual([expect.stringMatching(/row 3, field "id": must be lower-case ASCII/)]);
  });

  it('YAML that does not parse', () => {
    const problems = problemsWith({ 'channels.yaml': 'website: [unclosed' });
    expect(problems).toEqual([expect.stringMatching(/channels\.yaml: not valid YAML/)]);
  });

  it('every problem at once, not just the first', () => {
    const problems = problemsWith({
      'lgos.csv': (old) =>
        old.replace('TH-52,อำเภอเมืองลำปาง', 'TH-98,อำเภอเมืองลำปาง').replace('test-pao,,pao', 'test-pao,,nope'),
      'channels.yaml': (old) => old.replace('url: https://sll.dla.go.th', 'url: https://evil.test'),
    });
    expect(problems).toHaveLength(3);
  });
});
