import { describe, expect, it } from 'vitest';
import { fitFontSize, visualLength } from './fit-text';

describe('visualLength', () => {
  it('does not count Thai marks that stack on a consonant', () => {
    expect(visualLength('น้ำ')).toBe(2); // น ้ ำ: the tone mark takes no width
    expect(visualLength('ผู้ใหญ่')).toBe(4);
    expect(visualLength('abc')).toBe(3);
  });
});

describe('fitFontSize', () => {
  const box = { boxWidth: 186, maxLines: 2, maxSize: 17, minSize: 9 };

  it('gives short names the largest size', () => {
    expect(fitFontSize('เมืองพัทยา', box)).toBe(17);
  });

  it('shrinks longer names, never below the minimum', () => {
    const long = fitFontSize('องค์การบริหารส่วนตำบลหนองบัวลำภูใต้ฝั่งตะวันออกเฉียงเหนือ', box);
    expect(long).toBeLessThan(17);
    expect(long).toBeGreaterThanOrEqual(9);
    expect(fitFontSize('ก'.repeat(300), box)).toBe(9);
  });

  it('shrinks monotonically with length', () => {
    const sizes = [10, 20, 40, 60, 80].map((n) => fitFontSize('ก'.repeat(n), box));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });
});
