import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { loadContent } from '../content/load-content';
import { createSite } from '../content/site';
import { allJobs } from '../kit/jobs';
import {
  checkPublished,
  formatPublished,
  importRetirements,
  notRetiredPage,
  proposeRetirements,
  PUBLISHED_FILE,
  PublishedError,
  readPublished,
  recordPublished,
  retiredKitAliases,
  retiredNotice,
  retireLgo,
  type PublishedRecord,
} from './published';

// The basic fixture (synthetic test data): all 77 provinces, LGOs in chachoengsao and lampang: test-pao, test-sao-long, test-town.
const config = { siteUrl: 'https://smartlaw.test', siteUrlIsDefault: false, contentDir: BASIC_FIXTURE };
const content = loadContent(BASIC_FIXTURE, { siteUrl: config.siteUrl });
const site = createSite(content, config);
const kitPaths = allJobs(site).map((j) => j.path);
const withoutLgo = (id: string) => createSite({ ...content, lgos: content.lgos.filter((l) => l.id !== id) }, config);
const recorded: PublishedRecord = recordPublished(undefined, site, kitPaths);
const dir = mkdtempSync(join(tmpdir(), 'smartlaw-published-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the record of published ids', () => {
  it('records every id and kit file name the site publishes', () => {
    expect(recorded.provinces).toHaveLength(77);
    expect(recorded.provinces).toEqual(expect.arrayContaining(['bangkok', 'chachoengsao', 'lampang', 'pattani']));
    expect(recorded.lgos).toEqual(['test-pao', 'test-sao-long', 'test-town']);
    expect(recorded.kitFiles.lgo).toEqual([
      'announcement-a4.docx',
      'announcement-a4.pdf',
      'announcement-a4.png',
      'broadcast.txt',
      'post-1080x1080.jpg',
      'poster-a3.pdf',
      'poster-a4.pdf',
      'poster-a4.png',
      'share-1200x630.jpg',
      'story-1080x1920.jpg',
      'story-preview.jpg',
    ]);
    expect(recorded.kitFiles.province).toContain('posters-all-a4.pdf');
  });

  it('records each LGO id\'s Thai name, and a retirement keeps it after the LGO left lgos.csv', () => {
    expect(recorded.lgoNames).toEqual({ 'test-pao': 'องค์การบริหารส่วนจังหวัดทดสอบ', 'test-sao-long': expect.any(String), 'test-town': 'เทศบาลเมืองทดสอบ <b>ตัวหนา</b>' });
    const smaller = withoutLgo('test-town');
    const record = retireLgo(recorded, { id: 'test-town', successor: 'test-pao', reason: 'merged' }, smaller.lgos);
    expect(record.retired).toEqual([{ id: 'test-town', successor: 'test-pao', reason: 'merged', name: 'เทศบาลเมืองทดสอบ <b>ตัวหนา</b>' }]);
    expect(Object.keys(record.lgoNames!)).toEqual(['test-pao', 'test-sao-long']);
    // Retired again (a new successor): the name stays.
    expect(retireLgo(record, { id: 'test-town', successor: 'test-sao-long', reason: 'merged' }, smaller.lgos).retired[0]!.name).toBe('เทศบาลเมืองทดสอบ <b>ตัวหนา</b>');
    // A name given on the command line wins.
    expect(retireLgo(recorded, { id: 'test-town', successor: 'test-pao', reason: 'merged', name: 'ชื่อที่ให้มา' }, smaller.lgos).retired[0]!.name).toBe('ชื่อที่ให้มา');
    // The name recorded now wins over an older one.
    expect(recordPublished({ ...recorded, lgoNames: { 'test-town': 'ชื่อเก่า', gone: 'ยังอยู่' } }, site, kitPaths).lgoNames).toMatchObject({ 'test-town': 'เทศบาลเมืองทดสอบ <b>ตัวหนา</b>', gone: 'ยังอยู่' });
  });

  it('reads a record written before names were recorded; a retirement then has no name', () => {
    writeFileSync(join(dir, PUBLISHED_FILE), 'lgos: [test-pao, test-town]\nretired: []\nkitFiles:\n  lgo: [poster-a4.pdf]\n  province: []\n');
    const old = readPublished(dir)!;
    expect(old.lgoNames).toBeUndefined();
    const retired = retireLgo(old, { id: 'test-town', successor: 'test-pao', reason: 'merged' }, withoutLgo('test-town').lgos);
    expect(retired.retired).toEqual([{ id: 'test-town', successor: 'test-pao', reason: 'merged' }]);
    expect(formatPublished(retired)).not.toContain('lgoNames');
  });

  it('reads back what it writes', () => {
    const record = retireLgo({ ...recorded, lgos: [...recorded.lgos, 'old-sao'] }, { id: 'old-sao', successor: 'test-town', reason: 'upgraded', name: 'อบต. "เดิม"', date: '2026-11-30' }, content.lgos);
    writeFileSync(join(dir, PUBLISHED_FILE), formatPublished(record));
    expect(readPublished(dir)).toEqual(record);
    expect(readPublished(join(dir, 'nothing-here'))).toBeUndefined();
  });

  it('names the file and the field when it is malformed', () => {
    writeFileSync(join(dir, PUBLISHED_FILE), 'lgos: [Test Town]\n');
    expect(() => readPublished(dir)).toThrow(new RegExp(`${PUBLISHED_FILE}: "lgos" must be a list of ids`));
    writeFileSync(join(dir, PUBLISHED_FILE), 'retired:\n  - id: a\n    successor: b\n    reason: sold\n');
    expect(() => readPublished(dir)).toThrow(/retired\[0\]\.reason must be one of merged, renamed, upgraded \(got "sold"\)/);
    writeFileSync(join(dir, PUBLISHED_FILE), 'lgos: [a\n');
    expect(() => readPublished(dir)).toThrow(PublishedError);
    writeFileSync(join(dir, PUBLISHED_FILE), 'lgos: [a]\nlgoNames:\n  a: 12\n');
    expect(() => readPublished(dir)).toThrow(/"lgoNames" must map LGO ids to their Thai names/);
  });

  it('accepts the site it recorded, and new ids, listing them', () => {
    expect(checkPublished(recorded, site, kitPaths).problems).toEqual([]);
    const older = { ...recorded, lgos: ['test-pao'] };
    const check = checkPublished(older, site, kitPaths);
    expect(check.problems).toEqual([]);
    expect(check.newLgos).toEqual(['test-sao-long', 'test-town']);
  });

  it('fails when a published LGO id is removed, naming it and what to do', () => {
    const smaller = withoutLgo('test-town');
    const { problems } = checkPublished(recorded, smaller, allJobs(smaller).map((j) => j.path));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${join(BASIC_FIXTURE, PUBLISHED_FILE)}: 1 published LGO id(s) are no longer in lgos.csv: test-town.`);
    expect(problems[0]).toContain('npm run published -- retire <old-id> --successor <new-id>');
  });

  it('fails when the registry is emptied, saying so', () => {
    const empty = createSite({ ...content, lgos: [] }, config);
    const { problems } = checkPublished(recorded, empty, allJobs(empty).map((j) => j.path));
    expect(problems[0]).toContain('3 published LGO id(s) are no longer in lgos.csv (lgos.csv lists no LGO at all): test-pao, test-sao-long, test-town');
  });

  it('fails when a province or a published kit file goes', () => {
    const noLampang = createSite({ ...content, provinces: content.provinces.filter((p) => p.slug !== 'lampang'), lgos: content.lgos.filter((l) => l.provinceCode !== 'TH-52') }, config);
    const withLampangLgosRetired = { ...recorded, lgos: ['test-pao', 'test-sao-long'] };
    expect(checkPublished(withLampangLgosRetired, noLampang, allJobs(noLampang).map((j) => j.path)).problems.join('\n')).toContain('published province slug(s) are no longer in provinces.csv: lampang');
    const noA3 = kitPaths.filter((p) => !p.endsWith('/poster-a3.pdf'));
    expect(checkPublished(recorded, site, noA3).problems.join('\n')).toMatch(/\/kit\/lgo\/<id>\/poster-a3\.pdf are no longer made by the kit/);
  });

  it('accepts a removed id retired on purpose, and serves its kit files from the successor', () => {
    const smaller = withoutLgo('test-town');
    const record = retireLgo(recorded, { id: 'test-town', successor: 'test-pao', reason: 'merged' }, smaller.lgos);
    expect(record.lgos).not.toContain('test-town');
    const check = checkPublished(record, smaller, allJobs(smaller).map((j) => j.path));
    expect(check.problems).toEqual([]);
    expect(check.retired.map((r) => [r.id, r.current.id])).toEqual([['test-town', 'test-pao']]);
    const smallerPaths = allJobs(smaller).map((j) => j.path);
    expect(retiredKitAliases(check.retired, record, smallerPaths)).toContainEqual({ path: '/kit/lgo/test-town/poster-a4.pdf', target: '/kit/lgo/test-pao/poster-a4.pdf' });
    // Every file of the successor's kit, not only the names recorded (a record from before the story, Word and broadcast files).
    const older = { ...record, kitFiles: { ...record.kitFiles, lgo: ['poster-a4.pdf'] } };
    const successorFiles = smallerPaths.filter((p) => p.startsWith('/kit/lgo/test-pao/')).map((p) => p.slice('/kit/lgo/test-pao/'.length)).sort();
    expect(successorFiles).toEqual(expect.arrayContaining(['story-1080x1920.jpg', 'broadcast.txt', 'announcement-a4.docx', 'poster-a4.png', 'announcement-a4.png', 'story-preview.jpg']));
    expect(retiredKitAliases(check.retired, older, smallerPaths)).toEqual(
      successorFiles.map((file) => ({ path: `/kit/lgo/test-town/${file}`, target: `/kit/lgo/test-pao/${file}` })),
    );
  });

  it('follows chains of retirements, and refuses circles and missing successors', () => {
    const base = { ...recorded, lgos: ['test-pao', 'test-sao-long'], retired: [] };
    const chain = { ...base, retired: [{ id: 'a', successor: 'b', reason: 'merged' as const }, { id: 'b', successor: 'test-pao', reason: 'renamed' as const }] };
    expect(checkPublished(chain, site, kitPaths).retired.map((r) => [r.id, r.current.id])).toEqual([['a', 'test-pao'], ['b', 'test-pao']]);
    const circle = { ...base, retired: [{ id: 'a', successor: 'b', reason: 'merged' as const }, { id: 'b', successor: 'a', reason: 'merged' as const }] };
    expect(checkPublished(circle, site, kitPaths).problems.join('\n')).toMatch(/go round in a circle/);
    const missing = { ...base, retired: [{ id: 'a', successor: 'gone', reason: 'merged' as const }] };
    expect(checkPublished(missing, site, kitPaths).problems.join('\n')).toContain('retired LGO "a" names successor "gone", which is not in lgos.csv');
    const back = { ...base, retired: [{ id: 'test-town', successor: 'test-pao', reason: 'merged' as const }] };
    expect(checkPublished(back, site, kitPaths).problems.join('\n')).toContain('LGO "test-town" is retired but is in lgos.csv again');
  });

  it('refuses to retire an unknown id, to an unknown successor, or for an unknown reason', () => {
    expect(() => retireLgo(recorded, { id: 'nope', successor: 'test-pao', reason: 'merged' }, content.lgos)).toThrow(/"nope" is not a published LGO id/);
    expect(() => retireLgo(recorded, { id: 'test-town', successor: 'nope', reason: 'merged' }, content.lgos)).toThrow(/successor "nope" is not in lgos.csv/);
    // @ts-expect-error: a reason typed on the command line
    expect(() => retireLgo(recorded, { id: 'test-town', successor: 'test-pao', reason: 'sold' }, content.lgos)).toThrow(/--reason must be one of/);
  });

  it('never records over a removed id: update refuses until it is retired', () => {
    const smaller = withoutLgo('test-town');
    expect(() => recordPublished(recorded, smaller, allJobs(smaller).map((j) => j.path))).toThrow(/test-town/);
  });
});

describe('proposeRetirements (for the import)', () => {
  const sao = { id: '6240101', type: 'sao' as const, nameTh: 'องค์การบริหารส่วนตำบลบางทดสอบ', province: 'TH-24' };
  const other = { id: '6240102', type: 'sao' as const, nameTh: 'องค์การบริหารส่วนตำบลอื่นทดสอบ', province: 'TH-24' };
  const record = { provinces: [], lgos: [sao.id, other.id], retired: [], kitFiles: { lgo: [], province: [] } };

  it('proposes the new เทศบาลตำบล of the same name as successor of an อบต. that was upgraded', () => {
    const upgraded = { id: '5240101', type: 'subdistrict' as const, nameTh: 'เทศบาลตำบลบางทดสอบ', province: 'TH-24' };
    expect(proposeRetirements(record, [sao, other], [upgraded, other])).toEqual([{ id: sao.id, name: sao.nameTh, successor: upgraded.id, reason: 'upgraded' }]);
  });

  it('leaves the successor to a person when the registry cannot tell (merged, renamed)', () => {
    expect(proposeRetirements(record, [sao, other], [other])).toEqual([{ id: sao.id, name: sao.nameTh }]);
    // Same name in another province is not a successor.
    const elsewhere = { id: '5500101', type: 'subdistrict' as const, nameTh: 'เทศบาลตำบลบางทดสอบ', province: 'TH-52' };
    expect(proposeRetirements(record, [sao, other], [elsewhere, other])).toEqual([{ id: sao.id, name: sao.nameTh }]);
  });

  it('gives the import the record to write, or the commands a person must run first', () => {
    const upgraded = { id: '5240101', type: 'subdistrict' as const, nameTh: 'เทศบาลตำบลบางทดสอบ', province: 'TH-24' };
    const done = importRetirements(record, [sao, other], [upgraded, other]);
    expect(done.unresolved).toEqual([]);
    expect(done.record!.retired).toEqual([expect.objectContaining({ id: sao.id, successor: upgraded.id, reason: 'upgraded', name: sao.nameTh })]);
    expect(done.record!.lgos).toEqual([other.id]);
    const stuck = importRetirements(record, [sao, other], [other]);
    expect(stuck.record).toBeUndefined();
    expect(stuck.message).toContain(`npm run published -- retire ${sao.id} --successor <new-id> --reason merged|renamed|upgraded`);
    expect(importRetirements(record, [sao, other], [sao, other])).toEqual({ unresolved: [], message: '' });
  });

  it('proposes nothing for ids never published, or without a record', () => {
    const unpublished = { ...sao, id: 'new-one' };
    expect(proposeRetirements(record, [unpublished, sao, other], [sao, other])).toEqual([]);
    expect(proposeRetirements(undefined, [sao, other], [other])).toEqual([]);
  });
});

it('a retired id\'s notices: its old citizen page links to the successor\'s, its old kit page to the successor\'s kit page, naming it by its recorded name or else its id', () => {
  const current = content.lgos.find((l) => l.id === 'test-pao')!;
  const retired = { id: 'pattaya-test', successor: 'test-pao', reason: 'merged' as const, name: 'เมืองพัทยาทดสอบ', current };
  expect(retiredNotice(retired, 'lgo', site.channels)).toEqual({
    path: '/lgo/pattaya-test/',
    successorPath: '/lgo/test-pao/',
    names: { old: 'เมืองพัทยาทดสอบ', new: current.nameTh },
    keys: { eyebrow: 'retired.eyebrow', link: 'retired.link', description: 'retired.description', reason: 'retired.merged' },
    // The way to complain, from the content's channels, and the successor's share image.
    citizen: { websiteUrl: site.channels.website.url, host: new URL(site.channels.website.url).host, shareFolder: '/kit/lgo/test-pao/' },
  });
  const kit = retiredNotice(retired, 'kit', site.channels);
  expect(kit).toMatchObject({ path: '/lgo/pattaya-test/kit/', successorPath: '/lgo/test-pao/kit/', keys: { link: 'retired.kitLink', eyebrow: 'retired.kitEyebrow' } });
  expect(kit.citizen).toBeUndefined();
  const { name: _name, ...unnamed } = retired;
  expect(retiredNotice(unnamed, 'kit', site.channels).names.old).toBe('pattaya-test');
});

it('leaves retired pages out of the sitemap', () => {
  writeFileSync(join(dir, PUBLISHED_FILE), 'lgos: [a]\nretired:\n  - id: old-sao\n    successor: a\n    reason: merged\n');
  const keep = notRetiredPage(dir);
  expect(keep('https://smartlaw.test/lgo/old-sao/')).toBe(false);
  expect(keep('https://smartlaw.test/lgo/a/')).toBe(true);
  expect(keep('https://smartlaw.test/lgo/old-sao/poster/')).toBe(true);
});

it('the bundled content has its record, and it matches', () => {
  const bundled = join(import.meta.dirname, '../../../content');
  const record = readPublished(bundled)!;
  const bundledSite = createSite(loadContent(bundled, { siteUrl: config.siteUrl }), { ...config, contentDir: bundled });
  const check = checkPublished(record, bundledSite, allJobs(bundledSite).map((j) => j.path));
  expect(check.problems).toEqual([]);
  expect(check.newLgos).toEqual([]);
  expect(readFileSync(join(bundled, PUBLISHED_FILE), 'utf8')).toBe(formatPublished(record));
});
