import { describe, expect, it } from 'vitest';
import { isIndexablePath } from './sitemap';

describe('isIndexablePath', () => {
  it('keeps staff kit pages of LGOs, provinces and districts and the 404 page out of search engines', () => {
    for (const path of ['/lgo/test-pao/kit/', '/province/chachoengsao/kit/', '/district/2404/kit/', '/404.html']) expect(isIndexablePath(path), path).toBe(false);
  });

  it('indexes the pages citizens look for', () => {
    for (const path of ['/', '/lgo/test-pao/', '/province/chachoengsao/', '/district/2404/', '/privacy/']) expect(isIndexablePath(path), path).toBe(true);
  });
});
