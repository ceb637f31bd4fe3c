import { describe, expect, it } from 'vitest';
import th from './th.json';
import { DICTIONARIES, interpolate, t } from './index';

describe('interpolate', () => {
  it('fills named placeholders', () => {
    expect(interpolate('ค้นหา “{app}” ใน {store}', { app: 'DLA SLL', store: 'App Store' })).toBe('ค้นหา “DLA SLL” ใน App Store');
  });

  it('throws when a placeholder has no value', () => {
    expect(() => interpolate('สวัสดี {name}')).toThrow(/needs a value for \{name\}/);
  });
});

describe('dictionaries', () => {
  it('have the same keys as Thai and the same placeholders per key', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
      expect(Object.keys(dictionary).sort(), lang).toEqual(Object.keys(th).sort());
      for (const [key, value] of Object.entries(th)) {
        expect(placeholders((dictionary as Record<string, string>)[key] ?? ''), `${lang} ${key}`).toEqual(placeholders(value));
      }
    }
  });

  it('has no empty strings', () => {
    for (const [key, value] of Object.entries(th)) expect(value.trim(), key).not.toBe('');
  });

  it('translates with t()', () => {
    expect(t('channels.appSearch', { app: 'DLA SLL' })).toBe('ค้นหา “DLA SLL” ใน App Store หรือ Google Play');
  });
});
