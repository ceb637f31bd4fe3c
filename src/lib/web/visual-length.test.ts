import { describe, expect, it } from 'vitest';
import { visualLength } from './visual-length';

describe('visualLength', () => {
  it('does not count Thai marks that stack on a consonant', () => {
    expect(visualLength('น้ำ')).toBe(2); // น ้ ำ: the tone mark takes no width
    expect(visualLength('ผู้ใหญ่')).toBe(4);
    expect(visualLength('abc')).toBe(3);
  });
});
