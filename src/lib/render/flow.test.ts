import { describe, expect, it } from 'vitest';
import { HARD_NAMES, HARD_TEXTS } from '../../test/fixtures/hard-names';
import { Flow, INK_GAP_EM, justify } from './flow';
import type { TextItem } from './page';
import { inkBox, measureText } from './shape';

const texts = (flow: Flow) => flow.items.filter((i): i is TextItem => i.kind === 'text');
const ink = (item: TextItem) => inkBox(item.text, item.font, item.size, item.x, item.y, item.spacing)!;

describe('Flow line spacing from the ink', () => {
  // Template sizes: share images in px, posters and the ประกาศ in pt, names shrunk to fit.
  const sizes = [10.9, 16, 24, 40, 64.8];
  const widths = [180, 360, 600, 1000];

  it('keeps every line of the hard corpus at least INK_GAP_EM clear of the ink of the line above', () => {
    let checked = 0;
    for (const text of [...HARD_NAMES, ...HARD_TEXTS]) {
      for (const size of sizes) {
        for (const width of widths) {
          const flow = new Flow(0, width, 0);
          flow.text(text, { font: 'bold', size, lineHeight: 1.3, maxLines: 4, minSize: size / 2, align: 'center' });
          flow.text(text, { font: 'regular', size, lineHeight: 1.2, align: 'justify' });
          const lines = texts(flow);
          for (let i = 1; i < lines.length; i++) {
            const gap = ink(lines[i]!).top - ink(lines[i - 1]!).bottom;
            expect(gap, `${lines[i - 1]!.text} / ${lines[i]!.text} at ${size} in ${width}`).toBeGreaterThanOrEqual(INK_GAP_EM * Math.min(lines[i]!.size, lines[i - 1]!.size) - 1e-6);
            checked++;
          }
          // The flow's y is below all its ink: boxes drawn around a flow hold its text.
          expect(flow.y).toBeGreaterThanOrEqual(Math.max(...lines.map((l) => ink(l).bottom)) - 1e-6);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('keeps lines without tall marks at the normal rhythm', () => {
    const flow = new Flow(0, 200, 0);
    flow.text('การ การ การ การ การ การ การ การ การ การ การ การ การ การ การ', { font: 'regular', size: 20, lineHeight: 1.5 });
    const lines = texts(flow);
    expect(lines.length).toBeGreaterThan(2);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.y - lines[i - 1]!.y).toBeCloseTo(30, 6);
  });

  it('gives a line whose marks would collide more room than the rhythm', () => {
    const flow = new Flow(0, 10_000, 0);
    flow.text('ปากน้ำผู้ใหญ่', { font: 'bold', size: 40, lineHeight: 1.0 });
    flow.text('ปี่ลิ้นเยิ้มหนี้', { font: 'bold', size: 40, lineHeight: 1.0 });
    const [a, b] = texts(flow);
    expect(b!.y - a!.y).toBeGreaterThan(40);
    expect(ink(b!).top - ink(a!).bottom).toBeCloseTo(INK_GAP_EM * 40, 6);
  });

  it('shrinks a block to its maxHeight', () => {
    const flow = new Flow(0, 300, 0);
    const size = flow.text(HARD_NAMES[0]!, { font: 'bold', size: 60, minSize: 10, maxLines: 3, maxHeight: 100, lineHeight: 1.3 });
    expect(size).toBeLessThan(60);
    expect(flow.y).toBeLessThanOrEqual(100 + 1e-6);
  });
});

describe('justify', () => {
  it('fills the line exactly, between grapheme clusters, more at spaces, never inside a cluster', () => {
    const line = 'ผู้ใหญ่บ้าน ปากน้ำ';
    const width = measureText(line, 'regular', 20) + 12;
    const spacing = justify(line, 12, width)!;
    expect(spacing.reduce((s, g) => s + g.extra, 0)).toBeCloseTo(12, 6);
    const atSpace = spacing.find((g) => line[g.index - 1] === ' ')!;
    expect(atSpace.extra).toBeGreaterThan(Math.min(...spacing.map((g) => g.extra)));
    // ู and ้ never get space of their own: ผู้ is one cluster.
    expect(spacing.map((g) => g.index)).not.toContain(1);
    expect(spacing.map((g) => g.index)).not.toContain(2);
  });

  it('leaves a line ragged rather than gappy', () => {
    expect(justify('การ', 100, 200)).toBeUndefined();
  });
});
