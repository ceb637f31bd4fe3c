import { describe, expect, it } from 'vitest';
import { breakPoints, fitText, KEEP_TOGETHER, wrapText } from './line-break';
import { measureText } from './shape';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
/** Offsets where a Thai word starts, by Intl.Segmenter: any line must start at one of them. */
const wordStarts = (text: string) => new Set([...segmenter.segment(text)].map((s) => s.index));

const LONG_NAME = 'องค์การบริหารส่วนตำบลแหลมเจริญทรายเหล็กฤทธิ์ศักดิ์ดอนน้ำเหนือบางตะวันหนองพัฒนาใต้ตะวันเจริญเยิ้ม';

describe('breakPoints', () => {
  it('never breaks inside a keep-together word', () => {
    const text = 'ขอเชิญชวนประชาชนร้องเรียนร้องทุกข์องค์กรปกครองส่วนท้องถิ่นผ่านช่องทางการร้องเรียน';
    const inside = new Set<number>();
    for (const word of KEEP_TOGETHER) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        for (let i = at + 1; i < at + word.length; i++) inside.add(i);
      }
    }
    const points = breakPoints(text)
      .filter((p) => p.kind !== 'inner')
      .map((p) => p.index);
    expect(points.length).toBeGreaterThan(3);
    expect(points.filter((p) => inside.has(p))).toEqual([]);
    expect(points).not.toContain(text.indexOf('ถิ่น'));
  });

  it('marks breaks after spaces as preferred and never splits a URL', () => {
    const text = 'ร้องเรียนได้ที่ https://sll.dla.go.th เท่านั้น';
    const points = breakPoints(text);
    expect(points.find((p) => p.index === text.indexOf('https'))?.kind).toBe('space');
    const url = [text.indexOf('https'), text.indexOf('https') + 'https://sll.dla.go.th'.length];
    expect(points.filter((p) => p.index > url[0]! && p.index < url[1]!)).toEqual([]);
  });
});

describe('wrapText', () => {
  it('breaks a long Thai name only between words and never over the width', () => {
    for (const maxWidth of [150, 220, 300, 420]) {
      const { lines, overflow } = wrapText(LONG_NAME, { font: 'bold', size: 24, maxWidth });
      expect(overflow).toBe(false);
      expect(lines.join('')).toBe(LONG_NAME);
      const starts = wordStarts(LONG_NAME);
      let offset = 0;
      for (const line of lines) {
        expect(starts.has(offset), `line "${line}" starts inside a word`).toBe(true);
        expect(measureText(line, 'bold', 24)).toBeLessThanOrEqual(maxWidth + 0.01);
        offset += line.length;
      }
    }
  });

  it('prefers a space to a word break when the line is full enough', () => {
    const { lines } = wrapText('ร้องเรียน ร้องทุกข์ ผ่านระบบ Smart Law', { font: 'bold', size: 20, maxWidth: 230 });
    expect(lines).toEqual(['ร้องเรียน ร้องทุกข์', 'ผ่านระบบ Smart Law']);
  });

  it('reports a single word wider than the line', () => {
    expect(wrapText('ประชาสัมพันธ์', { font: 'regular', size: 40, maxWidth: 50 }).overflow).toBe(true);
  });
});

describe('wrapText balance and widows', () => {
  it('breaks a two-line LGO name between its prefix and its place name', () => {
    for (const name of ['องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่', 'เทศบาลเมืองลิ้นเยิ้ม', 'องค์การบริหารส่วนจังหวัดฉะเชิงเทรา']) {
      const whole = measureText(name, 'bold', 40);
      const { lines, innerBreaks } = wrapText(name, { font: 'bold', size: 40, maxWidth: whole * 0.75, balance: true });
      expect(lines.length, name).toBe(2);
      expect(innerBreaks).toBe(0);
      expect(['องค์การบริหารส่วนตำบล', 'เทศบาลเมือง', 'องค์การบริหารส่วนจังหวัด']).toContain(lines[0]);
    }
  });

  it('balances a name rather than filling the first line', () => {
    const text = 'ร้องเรียน ร้องทุกข์ ผ่านระบบ Smart Law';
    const width = measureText(text, 'bold', 20) * 0.8;
    const greedy = wrapText(text, { font: 'bold', size: 20, maxWidth: width, spacePreference: 0 });
    const balanced = wrapText(text, { font: 'bold', size: 20, maxWidth: width, balance: true });
    const spread = (lines: string[]) => Math.max(...lines.map((l) => measureText(l, 'bold', 20))) - Math.min(...lines.map((l) => measureText(l, 'bold', 20)));
    expect(balanced.lines.length).toBe(2);
    expect(spread(balanced.lines)).toBeLessThan(spread(greedy.lines));
  });

  it('avoids a one-word last line in running text', () => {
    const text = 'การดำเนินงานขององค์กรปกครองส่วนท้องถิ่น';
    // A width at which a greedy fill would leave ท้องถิ่น alone on the last line.
    const width = measureText('การดำเนินงานขององค์กรปกครองส่วน', 'bold', 20) + 1;
    const { lines } = wrapText(text, { font: 'bold', size: 20, maxWidth: width });
    expect(lines.length).toBe(2);
    expect(lines[1]).not.toBe('ท้องถิ่น');
    expect(lines.at(-1)).not.toBe('ส่วนท้องถิ่น'.slice(4));
  });

  it('breaks a unit wider than its line inside it, at its own allowed points, rather than overflow', () => {
    const { lines, overflow, innerBreaks } = wrapText('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่', { font: 'bold', size: 40, maxWidth: 200 });
    expect(overflow).toBe(false);
    expect(innerBreaks).toBeGreaterThan(0);
    for (const line of lines) expect(measureText(line, 'bold', 40)).toBeLessThanOrEqual(200.01);
    expect(lines).not.toContain('ส่วน');
    expect(lines.join('')).toBe('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่');
  });
});

describe('fitText', () => {
  it('shrinks a name before giving it a third line', () => {
    const name = 'ร้องเรียน ร้องทุกข์ ผ่านระบบ Smart Law';
    const width = measureText(name, 'bold', 40) / 1.95;
    // At full size it needs three lines; a tenth smaller it takes two.
    expect(wrapText(name, { font: 'bold', size: 40, maxWidth: width, balance: true }).lines).toHaveLength(3);
    const fitted = fitText(name, { font: 'bold', maxWidth: width, maxLines: 3, maxSize: 40, minSize: 20, balance: true });
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.size).toBeLessThan(40);
    expect(fitted.size).toBeGreaterThanOrEqual(40 * 0.8);
  });

  it('breaks inside a place name wider than its line as few times as possible, keeping the prefix line', () => {
    // Synthetic: a place name of 99 characters, wider than the box even at the smallest size.
    const name = `องค์การบริหารส่วนตำบล${'น้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้'.repeat(5)}`.slice(0, 120);
    const width = 900;
    const fitted = fitText(name, { font: 'bold', maxWidth: width, maxLines: 3, maxSize: 72, minSize: 32, balance: true });
    expect(fitted.fits).toBe(true);
    expect(fitted.lines).toHaveLength(3);
    expect(fitted.lines[0]).toBe('องค์การบริหารส่วนตำบล');
    expect(fitted.lines.join('')).toBe(name);
    for (const line of fitted.lines) expect(measureText(line, 'bold', fitted.size)).toBeLessThanOrEqual(width + 0.01);
    expect(fitted.size).toBeGreaterThan(40);
  });

  it('shrinks a long name to fit its lines, and keeps short names large', () => {
    const short = fitText('เมืองพัทยา', { font: 'bold', maxWidth: 500, maxLines: 2, maxSize: 40, minSize: 12 });
    expect(short).toMatchObject({ size: 40, lines: ['เมืองพัทยา'], fits: true });
    const long = fitText(LONG_NAME, { font: 'bold', maxWidth: 500, maxLines: 2, maxSize: 40, minSize: 12 });
    expect(long.fits).toBe(true);
    expect(long.size).toBeLessThan(40);
    expect(long.lines.length).toBeLessThanOrEqual(2);
    for (const line of long.lines) expect(measureText(line, 'bold', long.size)).toBeLessThanOrEqual(500.01);
  });
});
