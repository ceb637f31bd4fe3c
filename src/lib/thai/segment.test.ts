import { describe, expect, it } from 'vitest';
import { HARD_NAMES, HARD_TEXTS, KEEP_WHOLE } from '../../test/fixtures/hard-names';
import { breakPoints, COMPOUNDS, findUnits, graphemeStarts, NAME_PREFIXES, unitPieces, wordBoundaries, wordBoundariesDirect } from './segment';

/** Offsets a line may start at, last-resort ones left out. */
const allowed = (text: string) => breakPoints(text).filter((p) => p.kind !== 'inner').map((p) => p.index);

describe('wordBoundaries', () => {
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

  it('gives the offsets the segmenter gives over the whole text, for the hard names and texts', () => {
    for (const text of [...HARD_NAMES, ...HARD_TEXTS, HARD_TEXTS.join(' '), HARD_NAMES.join('\n')]) expect(sorted(wordBoundaries(text)), text).toEqual(sorted(wordBoundariesDirect(text)));
  });

  it('gives the same offsets for text where Thai meets marks, spaces, line ends, digits, Latin and format characters', () => {
    // Cut points around spaces must not move a boundary: a mark or joiner after a space, a stray mark after Latin, Thai digits.
    const parts = ['\n', '\t', '\r\n', '\u00a0', '  ', ' \u0e48', '\u200d', '\u200b', '\u{1F600}', 'ก', 'องค์การ', 'ABC', 'abc', '1', '๑๒', ' ', '.', '-', 'ๆ', 'ฯ', '่', 'ำ', '(', ')', 'https://sll.dla.go.th', 'ท้องถิ่น', 'Smart', '฿', 'é', '\u0301', 'กรุงเทพฯ', 'น้ำ', '&amp;', '’', 'เ', 'e\u0e48'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % parts.length;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let j = 0, n = 1 + (next() % 10); j < n; j++) text += parts[next()];
      expect(sorted(wordBoundaries(text)), JSON.stringify(text)).toEqual(sorted(wordBoundariesDirect(text)));
    }
  });
});

describe('findUnits', () => {
  it('after อำเภอ, จังหวัด or ตำบล in a sentence takes only a known place, not the rest of the sentence', () => {
    const text = 'เลือกอำเภอเพื่อดูรายชื่อเทศบาลและองค์การบริหารส่วนตำบล';
    const words = findUnits(text).map((u) => text.slice(u.start, u.end));
    expect(words).not.toContainEqual(expect.stringMatching(/^เพื่อดู/));
    // With a known place, the administrative word and the place are one unit.
    const named = 'ในอำเภอบางปะกงจังหวัดฉะเชิงเทรา';
    expect(findUnits(named).map((u) => named.slice(u.start, u.end))).toEqual(['อำเภอบางปะกง', 'จังหวัดฉะเชิงเทรา']);
  });

  it('ends an unknown place name after an LGO type at the next type in running text', () => {
    const text = 'รายชื่อเทศบาลตำบลและองค์การบริหารส่วนตำบลในอำเภอบางปะกง';
    const words = findUnits(text).map((u) => text.slice(u.start, u.end));
    expect(words).not.toContainEqual(expect.stringMatching(/องค์การบริหารส่วนตำบล./));
    expect(words).toContain('องค์การบริหารส่วนตำบล');
    expect(words).toContain('อำเภอบางปะกง');
  });

  it('breaks an office’s name before its จังหวัด…, which stays whole', () => {
    const office = 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา';
    expect(findUnits(office).map((u) => office.slice(u.start, u.end))).toEqual(['สำนักงานส่งเสริมการปกครองท้องถิ่น', 'จังหวัดฉะเชิงเทรา']);
    const points = breakPoints(office);
    expect(points.find((p) => p.index === office.indexOf('จังหวัด'))?.kind).toBe('word');
    expect(points.find((p) => p.index === office.indexOf('ฉะเชิงเทรา'))?.kind).toBe('inner');
  });

  it('finds an LGO prefix and the place name after it', () => {
    const name = 'องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่';
    expect(findUnits(name).map((u) => [name.slice(u.start, u.end), u.kind])).toEqual([
      ['องค์การบริหารส่วนตำบล', 'prefix'],
      ['ปากน้ำผู้ใหญ่', 'place'],
    ]);
  });

  it('finds place names of the official data set in running text, at word boundaries only', () => {
    const text = 'ประชาชนในตำบลปากน้ำ อำเภอบางปะกง จังหวัดฉะเชิงเทรา';
    const found = findUnits(text).map((u) => text.slice(u.start, u.end));
    expect(found).toEqual(expect.arrayContaining(['ตำบลปากน้ำ', 'อำเภอบางปะกง', 'จังหวัดฉะเชิงเทรา']));
    const bare = 'ประชาชนชาวฉะเชิงเทรา และบางปะกง';
    expect(findUnits(bare).map((u) => bare.slice(u.start, u.end))).toEqual(expect.arrayContaining(['บางปะกง']));
  });

  it('finds compounds wherever they stand whole', () => {
    const text = 'ประชาสัมพันธ์ช่องทางการร้องเรียนดังกล่าว';
    expect(findUnits(text).map((u) => text.slice(u.start, u.end))).toEqual(['ประชาสัมพันธ์', 'ช่องทาง', 'การร้องเรียน', 'ดังกล่าว']);
  });

  it('has every LGO prefix and the issue compounds in its lists', () => {
    for (const prefix of ['องค์การบริหารส่วนตำบล', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'องค์การบริหารส่วนจังหวัด']) expect(NAME_PREFIXES).toContain(prefix);
    for (const word of ['ดังกล่าว', 'ท้องถิ่น', 'ร้องเรียน', 'ส่วนตำบล', 'ส่วนจังหวัด', 'ประชาสัมพันธ์', 'เผยแพร่', 'การร้องเรียน']) expect(COMPOUNDS).toContain(word);
  });
});

describe('breakPoints', () => {
  it('never offers a break inside a keep-together word, in any hard text', () => {
    for (const text of [...HARD_TEXTS, ...HARD_NAMES, 'เผยแพร่ดังกล่าวส่วนจังหวัด']) {
      const points = allowed(text);
      for (const word of KEEP_WHOLE) {
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          expect(points.filter((p) => p > at && p < at + word.length), `${word} in ${text}`).toEqual([]);
        }
      }
    }
  });

  it('breaks an LGO name only between prefix and place, or at spaces', () => {
    expect(allowed('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่')).toEqual(['องค์การบริหารส่วนตำบล'.length]);
    expect(allowed('เทศบาลเมืองลิ้นเยิ้ม')).toEqual(['เทศบาลเมือง'.length]);
    expect(allowed('องค์การบริหารส่วนจังหวัดฉะเชิงเทรา')).toEqual(['องค์การบริหารส่วนจังหวัด'.length]);
  });

  it('never breaks inside a grapheme cluster, a number or a URL, even as a last resort', () => {
    for (const text of [...HARD_TEXTS, ...HARD_NAMES, 'โทร 038-512679-80 ต่อ 12']) {
      const clusters = graphemeStarts(text);
      for (const p of breakPoints(text)) {
        expect(clusters.has(p.index), `${text} at ${p.index}`).toBe(true);
        expect(/[0-9-]/.test(text[p.index - 1]!) && /[0-9-]/.test(text[p.index]!)).toBe(false);
      }
    }
    const text = 'ที่ https://sll.dla.go.th/abc เท่านั้น';
    const url = text.indexOf('https');
    expect(breakPoints(text).filter((p) => p.index > url && p.index < url + 'https://sll.dla.go.th/abc'.length)).toEqual([]);
  });

  it('keeps last-resort points inside a unit off its own compounds', () => {
    expect(unitPieces('องค์การบริหารส่วนตำบล')).toEqual(['องค์การ', 'บริหาร', 'ส่วนตำบล']);
  });
});
