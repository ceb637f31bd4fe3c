import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, readSiteConfig } from './site-config';

describe('readSiteConfig', () => {
  it('defaults to the local preview address and the content folder', () => {
    expect(readSiteConfig({})).toEqual({ siteUrl: DEFAULT_SITE_URL, siteUrlIsDefault: true, contentDir: 'content' });
  });

  it('reads SITE_URL as an origin and CONTENT_DIR', () => {
    expect(readSiteConfig({ SITE_URL: 'https://smartlaw.test/', CONTENT_DIR: '/data/national' })).toEqual({
      siteUrl: 'https://smartlaw.test',
      siteUrlIsDefault: false,
      contentDir: '/data/national',
    });
  });

  it('names SITE_URL when it is malformed', () => {
    expect(() => readSiteConfig({ SITE_URL: 'smartlaw.test' })).toThrow(/SITE_URL "smartlaw\.test" is not a URL/);
    expect(() => readSiteConfig({ SITE_URL: 'ftp://smartlaw.test' })).toThrow(/must start with https/);
    expect(() => readSiteConfig({ SITE_URL: 'https://smartlaw.test/kit/' })).toThrow(/without a path/);
  });
});
