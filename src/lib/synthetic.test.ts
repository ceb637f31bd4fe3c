import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from './load-content';
import { createRandom, NATIONAL_MIX, syntheticRegistry, TEST_NAME_SUFFIX, typeCounts } from './synthetic';

const { provinces } = loadContent(resolve(import.meta.dirname, '../../content'), { siteUrl: 'https://smartlaw.test' });

describe('createRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });
});

describe('typeCounts', () => {
  it('gives the national mix at 7,850', () => {
    expect(typeCounts(7850)).toEqual(NATIONAL_MIX);
  });

  it('scales to smaller fixtures and always adds up', () => {
    for (const total of [1, 10, 200, 1000, 12000]) {
      expect(Object.values(typeCounts(total)).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });
});

describe('syntheticRegistry', () => {
  const rows = syntheticRegistry(7850, provinces, 42);

  it('is deterministic for a seed', () => {
    expect(syntheticRegistry(300, provinces, 42)).toEqual(syntheticRegistry(300, provinces, 42));
    expect(syntheticRegistry(300, provinces, 43)).not.toEqual(syntheticRegistry(300, provinces, 42));
  });

  it('marks every name as test data and every id as test', () => {
    expect(rows.every((r) => r.name_th.endsWith(TEST_NAME_SUFFIX) && r.id.startsWith('test-'))).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('has one PAO in every province but Bangkok, and Bangkok and Pattaya once', () => {
    const paos = rows.filter((r) => r.type === 'pao').map((r) => r.province);
    expect(new Set(paos).size).toBe(76);
    expect(rows.filter((r) => r.type === 'bma').map((r) => r.province)).toEqual(['TH-10']);
    expect(rows.filter((r) => r.type === 'pattaya').map((r) => r.province)).toEqual(['TH-20']);
  });

  it('covers all 77 provinces and includes long names and stacked marks', () => {
    expect(new Set(rows.map((r) => r.province)).size).toBe(77);
    expect(rows.some((r) => r.name_th.length > 70)).toBe(true);
    expect(rows.some((r) => /น้ำ|ผู้|ปี่|ลิ้น|เยิ้ม|หนี้/.test(r.name_th))).toBe(true);
    expect(Math.max(...rows.map((r) => r.name_th.length))).toBeLessThanOrEqual(120);
  });
});
