import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentProblems, fixtureCopy, replaceLine, type FixtureEdits } from '../../test/fixture-utils';
import { encodeWindows874 } from '../../test/encodings';
import {
  FORMULA_CELLS,
  LANDLINES,
  LOOKALIKE_QR_URLS,
  MOBILE_SEPARATOR_SPELLINGS,
  MOBILE_SPELLINGS,
  REMOTE_IMAGES,
  SYMLINK_TARGETS,
  UNPRINTABLE,
} from '../../test/fixtures/hostile';
import { loadContent } from './load-content';

const SITE = { siteUrl: 'https://smartlaw.test' };
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A copy of the basic fixture with edits, then changes made with fs (links, folders, FIFOs). */
function copyWith(edits: FixtureEdits = {}, change: (dir: string) => void = () => {}): string {
  const { dir, cleanup } = fixtureCopy(edits);
  cleanups.push(cleanup);
  change(dir);
  return dir;
}

/** The problem lines loading the folder reports (it must be rejected). */
function problemsIn(dir: string): string[] {
  return contentProblems(dir, SITE.siteUrl);
}

const problemsWith = (edits: FixtureEdits) => problemsIn(copyWith(edits));
const TOWN = (phone: string) => `test-town,,town,เทศบาลเมืองทดสอบ,,TH-52,เมืองลำปาง,"${phone}",,`;

describe('content is read only from regular files inside the content folder', () => {
  it.each(SYMLINK_TARGETS)('refuses a note that is a symbolic link to %s, without reading it', (target) => {
    const dir = copyWith({}, (d) => {
      rmSync(join(d, 'lgos/test-town.md'));
      symlinkSync(target, join(d, 'lgos/test-town.md'));
    });
    const problems = problemsIn(dir);
    expect(problems).toEqual([expect.stringMatching(/lgos\/test-town\.md: is a symbolic link; content is read only from regular files/)]);
    expect(problems.join('\n')).not.toMatch(/root:|PATH=/);
  });

  it('refuses a link even to a file inside the folder, for every content file', () => {
    const dir = copyWith({}, (d) => {
      writeFileSync(join(d, 'real-lgos.csv'), readFileSync(join(d, 'lgos.csv')));
      rmSync(join(d, 'lgos.csv'));
      symlinkSync('real-lgos.csv', join(d, 'lgos.csv'));
      writeFileSync(join(d, 'lgos/real.md'), 'x');
      symlinkSync('real.md', join(d, 'lgos/test-pao.md'));
    });
    expect(problemsIn(dir)).toEqual([
      expect.stringMatching(/lgos\.csv: is a symbolic link/),
      expect.stringMatching(/lgos\/test-pao\.md: is a symbolic link/),
    ]);
  });

  it('refuses a notes folder that is a symbolic link', () => {
    const dir = copyWith({}, (d) => {
      rmSync(join(d, 'lgos'), { recursive: true });
      symlinkSync('/etc', join(d, 'lgos'));
    });
    expect(problemsIn(dir)).toEqual([expect.stringMatching(/lgos: is a symbolic link/)]);
  });

  it('refuses a folder where a file is expected, and says so (not a YAML error)', () => {
    const dir = copyWith({ 'channels.yaml': null }, (d) => {
      mkdirSync(join(d, 'channels.yaml'));
      mkdirSync(join(d, 'lgos/test-pao.md'));
    });
    const problems = problemsIn(dir);
    expect(problems).toEqual([
      expect.stringMatching(/channels\.yaml: is a folder where a file is expected/),
      expect.stringMatching(/lgos\/test-pao\.md: is a folder where a file is expected/),
    ]);
    expect(problems.join('\n')).not.toMatch(/YAML|EISDIR/);
  });

  it('refuses a FIFO without blocking on it', () => {
    const dir = copyWith({ 'lgos/test-town.md': null }, (d) => execFileSync('mkfifo', [join(d, 'lgos/test-town.md')]));
    expect(problemsIn(dir)).toEqual([expect.stringMatching(/lgos\/test-town\.md: is a device, FIFO or socket/)]);
  });
});

describe('mobile numbers are refused on the digits', () => {
  it.each(MOBILE_SPELLINGS)('in a phone cell: %s', (phone) => {
    expect(problemsWith({ 'lgos.csv': replaceLine(4, TOWN(phone)) })).toEqual([
      // Written +66… in lgos.csv, the cell is refused as a formula first; the import writes it 0….
      expect.stringMatching(/lgos\.csv row 4, field "phone": (".*" is a mobile number|begins with "\+")/),
    ]);
  });

  it.each(MOBILE_SPELLINGS)('in a note: %s', (phone) => {
    expect(problemsWith({ 'lgos/test-town.md': `ติดต่อ ${phone}\n` })).toEqual([
      expect.stringMatching(/lgos\/test-town\.md line 1: ".*" is a mobile number/),
    ]);
  });

  it.each(MOBILE_SEPARATOR_SPELLINGS)('in a note, with odd separators: %s', (phone) => {
    expect(problemsWith({ 'lgos/test-town.md': `ติดต่อนายก ${phone}\n` })).toEqual([
      expect.stringMatching(/lgos\/test-town\.md line 1: ".*" is a mobile number/),
    ]);
  });

  it('in any registry cell, not only the phone: a name, an English name, an office name', () => {
    expect(problemsWith({ 'lgos.csv': replaceLine(4, 'test-town,,town,เทศบาลเมืองทดสอบ โทร 0812345678,Test Town 081-234-5678,TH-52,เมืองลำปาง,,,') })).toEqual([
      expect.stringMatching(/lgos\.csv row 4, field "name_th": "0812345678" is a mobile number/),
      expect.stringMatching(/lgos\.csv row 4, field "name_en": "081-234-5678" is a mobile number/),
    ]);
    expect(problemsWith({ 'provinces.csv': (old) => old.replace('สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา,', 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา มือถือ 0812345678,') })).toEqual([
      expect.stringMatching(/provinces\.csv row \d+, field "office_name": "0812345678" is a mobile number/),
    ]);
  });

  it('in the campaign text and the provincial office phone', () => {
    expect(
      problemsWith({
        'campaign.md': (old) => `${old}\nสอบถาม 089 123 4567\n`,
        'provinces.csv': (old) => old.replace('038-512679-80', '0891234567'),
      }),
    ).toEqual([
      expect.stringMatching(/campaign\.md line 19: "089 123 4567" is a mobile number/),
      expect.stringMatching(/provinces\.csv row \d+, field "office_phone": "0891234567" is a mobile number/),
    ]);
  });

  it('in the campaign front matter written as YAML escapes, naming the field', () => {
    expect(problemsWith({ 'campaign.md': (old) => old.replace(/^title: .*$/m, 'title: "ร้องเรียน \\u0030812345678 \\u202Eabc"') })).toEqual([
      expect.stringMatching(/campaign\.md line 2, field "title": contains characters .*U\+202E right-to-left override/),
      expect.stringMatching(/campaign\.md line 2, field "title": "0812345678" is a mobile number/),
    ]);
  });

  it.each([
    ['an entity', '&#48;81-234-5678'],
    ['emphasis', '08**1**-234-5678'],
    ['backslash escapes', '081\\-234\\-5678'],
    ['a line break', '081-234-\n5678'],
    ['a tel: link', '[โทร](tel:081%2D234%2D5678)'],
  ])('in a note, hidden by %s', (_, markdown) => {
    expect(problemsWith({ 'lgos/test-town.md': `---\nannouncementDate: 2026-02-01\n---\nติดต่อนายก\n\nโทร ${markdown}\n` })).toEqual([
      expect.stringMatching(/lgos\/test-town\.md line 6: .*"081[- ]*234[- ]*5678" is a mobile number/),
    ]);
  });

  it('a bidi control written as an entity in a note', () => {
    expect(problemsWith({ 'lgos/test-town.md': 'ข้อความ &#x202E;evil&#x202C;\n' })).toEqual([
      expect.stringMatching(/lgos\/test-town\.md line 1: contains characters .*U\+202E right-to-left override/),
    ]);
  });

  it.each(LANDLINES.filter(([phone]) => !phone.startsWith('+')))('but keeps the landline %s, printed as %s', (phone, display) => {
    const dir = copyWith({ 'lgos.csv': replaceLine(4, TOWN(phone)) });
    const town = loadContent(dir, SITE).lgos.find((l) => l.id === 'test-town');
    expect(town?.phone?.display).toBe(display);
  });
});

describe('spreadsheet formulas in the registries', () => {
  it.each(FORMULA_CELLS)('refuses %j in lgos.csv, naming row and column', (cell) => {
    const quoted = `"${cell.replace(/"/g, '""')}"`;
    expect(problemsWith({ 'lgos.csv': replaceLine(4, `test-town,,town,${quoted},,TH-52,เมืองลำปาง,,,`) })).toEqual([
      expect.stringMatching(/lgos\.csv row 4, field "name_th": begins with .*, so a spreadsheet would run it as a formula/),
    ]);
  });

  it('refuses a formula in provinces.csv', () => {
    expect(problemsWith({ 'provinces.csv': (old) => old.replace(',Lampang,', ',=Lampang,') })).toEqual([
      expect.stringMatching(/provinces\.csv row \d+, field "name_en": begins with "="/),
    ]);
  });

  it('reads a lone "-" as an empty cell', () => {
    const dir = copyWith({ 'lgos.csv': replaceLine(4, 'test-town,-,town,เทศบาลเมืองทดสอบ,-,TH-52,เมืองลำปาง,-,-,-') });
    const town = loadContent(dir, SITE).lgos.find((l) => l.id === 'test-town');
    expect(town).toMatchObject({ dlaCode: undefined, nameEn: undefined, phone: undefined, website: undefined });
  });

  it('refuses a phone written +66… in lgos.csv (the import writes it as 0…)', () => {
    expect(problemsWith({ 'lgos.csv': replaceLine(4, TOWN('+66 38 512 679')) })).toEqual([
      expect.stringMatching(/row 4, field "phone": begins with "\+"/),
    ]);
  });
});

describe('the QR allowlist is code, not content', () => {
  it('refuses qrAllowedHosts in channels.yaml, saying where the list moved', () => {
    const problems = problemsWith({
      'channels.yaml': (old) => old.replace('url: https://sll.dla.go.th', 'url: https://sll-dla-go-th.example.com') + 'qrAllowedHosts:\n  - sll-dla-go-th.example.com\n',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/channels\.yaml, field "qrAllowedHosts": has moved out of content: .*src\/lib\/web\/qr-allowlist\.ts/),
        expect.stringMatching(/channels\.yaml, field "website\.url": cannot become a QR code: host "sll-dla-go-th\.example\.com"/),
      ]),
    );
    // The rest say the same addresses imitate the official one.
    for (const other of problems.slice(2)) expect(other).toMatch(/imitates sll\.dla\.go\.th without being it/);
  });

  it.each(['https://sll.dla.go.th/redirect?to=https://evil.com', 'https://sll.dla.go.th/#x', 'https://sll.dla.go.th/a%2Fb'])(
    'refuses the printed and spoken address %s with a query, fragment or escape, naming channels.yaml and the field',
    (url) => {
      expect(problemsWith({ 'channels.yaml': (old) => old.replace('url: https://sll.dla.go.th', `url: "${url}"`) })).toEqual([
        expect.stringMatching(/channels\.yaml, field "website\.url": cannot become a QR code: ".*" must not (carry a query|carry a fragment|contain percent-escapes)/),
      ]);
    },
  );

  it('refuses an address that imitates the complaint website in printed text and in an LGO’s website, naming file and field', () => {
    const problems = problemsWith({
      'campaign.md': (old) => `${old}\nพิมพ์ https://sII.dla.go.th ในเบราว์เซอร์\n`,
      'lgos.csv': (old) => old.replace('https://test-sao.invalid/', 'https://sll.dla.go.th.evil.com/'),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/campaign\.md line \d+: "https:\/\/sII\.dla\.go\.th" imitates sll\.dla\.go\.th without being it/),
        expect.stringMatching(/lgos\.csv row \d+, field "website": "https:\/\/sll\.dla\.go\.th\.evil\.com\/" imitates sll\.dla\.go\.th/),
      ]),
    );
  });

  it.each(LOOKALIKE_QR_URLS)('refuses the look-alike target %s', (url) => {
    const problems = problemsWith({ 'channels.yaml': (old) => old.replace('url: https://sll.dla.go.th', `url: "${url}"`) });
    expect(problems).toContainEqual(
      expect.stringMatching(/channels\.yaml, field "website\.url": (cannot become a QR code|must start with https|is not a valid URL)/),
    );
  });
});

describe('printable characters in every content file', () => {
  const cases = Object.entries(UNPRINTABLE);
  it.each(cases)('refuses a %s in campaign.md, channels.yaml, provinces.csv, lgos.csv and notes', (_, char) => {
    const problems = problemsWith({
      'campaign.md': (old) => old.replace('ข้อความสรุป', `ข้อความ${char}สรุป`),
      'channels.yaml': (old) => old.replace('name: DLA SLL', `name: DLA${char}SLL`),
      'provinces.csv': (old) => old.replace(',ลำปาง,', `,ลำ${char}ปาง,`),
      'lgos.csv': (old) => old.replace('องค์การบริหารส่วนจังหวัดทดสอบ', `องค์การ${char}บริหารส่วนจังหวัดทดสอบ`),
      'lgos/test-town.md': `หมายเหตุ ${char} ท้องถิ่น\n`,
    });
    const code = `U\\+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`campaign\\.md line 3: contains characters .*${code}`)),
      expect.stringMatching(new RegExp(`channels\\.yaml line 5: contains characters .*${code}`)),
      expect.stringMatching(new RegExp(`provinces\\.csv row \\d+, field "name_th": contains characters .*${code}`)),
      expect.stringMatching(new RegExp(`lgos\\.csv row 2, field "name_th": contains characters .*${code}`)),
      expect.stringMatching(new RegExp(`lgos/test-town\\.md line 1: contains characters .*${code}`)),
    ]);
  });
});

describe('types where the law puts them', () => {
  it.each([
    ['a town in Bangkok', 'test-town,,town,เทศบาลเมืองทดสอบ,,TH-10,เขตบางรัก,,,', /Bangkok \(TH-10\) has one local government, กรุงเทพมหานคร/],
    ['Bangkok outside Bangkok', 'test-town,,bma,กรุงเทพมหานคร,,TH-52,,,,', /type bma \(กรุงเทพมหานคร\) belongs to province TH-10, not TH-52/],
    ['Pattaya outside Chon Buri', 'test-town,,pattaya,เมืองพัทยา,,TH-52,อำเภอเมืองลำปาง,,,', /type pattaya \(เมืองพัทยา\) belongs to province TH-20/],
  ])('refuses %s, naming the row', (_, line, message) => {
    const problems = problemsWith({ 'lgos.csv': (old) => old.replace(/^test-town,.*$/m, line) });
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`lgos\\.csv row 4, field "type": ${message.source}`)));
  });
});

describe('provinces.csv lists exactly the 77 provinces', () => {
  it('names a missing province', () => {
    const problems = problemsWith({ 'provinces.csv': (old) => old.replace(/^TH-38,.*\n/m, '') });
    expect(problems).toEqual([expect.stringMatching(/provinces\.csv: lists 76 provinces, not all 77: missing TH-38 บึงกาฬ/)]);
  });

  it('names an extra code', () => {
    const problems = problemsWith({ 'provinces.csv': (old) => `${old}TH-99,nowhere,ไม่มี,Nowhere,no,,,,,central\n` });
    expect(problems).toEqual([expect.stringMatching(/provinces\.csv row 79, field "code": TH-99 is not one of Thailand's 77 provinces/)]);
  });
});

describe('every problem of every file in one run, in words that say what to do', () => {
  it('reports note problems even when the campaign is invalid', () => {
    const problems = problemsWith({
      'campaign.md': (old) => old.replace(/^announcementDate: .*\n/m, ''),
      'lgos/test-town.md': '---\ntitle: x\n---\nข้อความ',
      'lgos/nobody.md': 'ข้อความ',
    });
    expect(problems).toEqual([
      expect.stringMatching(/campaign\.md, field "announcementDate": is missing: write the date as YYYY-MM-DD/),
      expect.stringMatching(/lgos\/nobody\.md: no LGO with id "nobody"/),
      expect.stringMatching(/lgos\/test-town\.md: unknown key "title"/),
    ]);
  });

  it('reports notes even when lgos.csv cannot be read', () => {
    const problems = problemsWith({ 'lgos.csv': 'id,name\n', 'lgos/test-town.md': `${REMOTE_IMAGES[0]}\n` });
    expect(problems).toEqual([
      expect.stringMatching(/lgos\.csv row 1, field "type": column is missing/),
      expect.stringMatching(/lgos\.csv row 1, field "name_th": column is missing/),
      expect.stringMatching(/lgos\.csv row 1, field "province": column is missing/),
      expect.stringMatching(/lgos\.csv row 1, field "name": unknown column/),
      expect.stringMatching(/lgos\/test-town\.md: image "https:\/\/evil\.example\.com\/qr\.png" would load from another site/),
    ]);
  });

  it('gives ONE problem with a "CSV UTF-8" hint for a Windows-874 registry', () => {
    const { dir } = { dir: copyWith() };
    writeFileSync(join(dir, 'lgos.csv'), encodeWindows874(readFileSync(join(dir, 'lgos.csv'), 'utf8').replace(/^\ufeff/, '')));
    writeFileSync(join(dir, 'provinces.csv'), encodeWindows874(readFileSync(join(dir, 'provinces.csv'), 'utf8').replace(/^\ufeff/, '')));
    expect(problemsIn(dir)).toEqual([
      expect.stringMatching(/provinces\.csv: is not UTF-8 text \(it looks like Windows-874.*"CSV UTF-8 \(Comma delimited\)/),
      expect.stringMatching(/lgos\.csv: is not UTF-8 text \(it looks like Windows-874.*"CSV UTF-8 \(Comma delimited\)/),
    ]);
  });

  it('reads the shape Excel writes for "CSV UTF-8": BOM and CRLF', () => {
    const dir = copyWith({
      'lgos.csv': (old) => `\ufeff${old.replace(/^\ufeff/, '').replace(/\n/g, '\r\n')}`,
      'provinces.csv': (old) => `\ufeff${old.replace(/^\ufeff/, '').replace(/\n/g, '\r\n')}`,
    });
    const content = loadContent(dir, SITE);
    expect(content.lgos.map((l) => l.id)).toEqual(['test-pao', 'test-sao-long', 'test-town']);
    expect(content.provinces).toHaveLength(77);
  });

  it('reports an unterminated quote on the row that opens it, without an error code', () => {
    const problems = problemsWith({ 'lgos.csv': replaceLine(3, 'test-sao-long,9999901,sao,"อบต.ทดสอบ,,TH-24,,,,') });
    expect(problems).toEqual([expect.stringMatching(/lgos\.csv row 3: a cell opens a quote \(\"\) that is never closed/)]);
    expect(problems.join('\n')).not.toMatch(/CSV_[A-Z_]+|E[A-Z]{3,}:/);
  });
});

describe('markdown images from other hosts', () => {
  it.each(REMOTE_IMAGES)('refuses %j in a note', (markdown) => {
    expect(problemsWith({ 'lgos/test-town.md': `${markdown}\n` })).toEqual([
      expect.stringMatching(/lgos\/test-town\.md: image ".*evil\.example\.com\/.*" would load from another site/),
    ]);
  });

  it('keeps links to other sites', () => {
    const dir = copyWith({ 'lgos/test-town.md': '[ประกาศ](https://www.example.go.th/news)\n' });
    const town = loadContent(dir, SITE).lgos.find((l) => l.id === 'test-town');
    expect(town?.noteHtml).toContain('<a href="https://www.example.go.th/news">ประกาศ</a>');
  });
});
