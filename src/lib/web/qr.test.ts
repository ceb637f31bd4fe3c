import { describe, expect, it } from 'vitest';
import { decodeQrSvg as decodeSvg } from '../../test/build-utils';
import { LOOKALIKE_QR_URLS } from '../../test/fixtures/hostile';
import { OFFICIAL_STORE_PAGES, QR_ALLOWED_HOSTS, qrAllowedHosts, storeLinkProblem } from './qr-allowlist';
import { spellAddress } from '../thai/spoken';
import { plainAddressProblem, QR_QUIET_ZONE, qrModuleCount, qrSvg, qrTargetProblem } from './qr';

const HOSTS = ['sll.dla.go.th', 'apps.apple.com', 'play.google.com'];

describe('qrSvg', () => {
  it.each(['https://sll.dla.go.th', 'https://smartlaw.test/lgo/pao-chachoengsao/'])(
    'decodes back to exactly %s',
    async (url) => {
      expect(await decodeSvg(qrSvg(url, { title: 'QR' }))).toBe(url);
    },
  );

  it('decodes at error correction Q too', async () => {
    const url = 'https://sll.dla.go.th';
    expect(await decodeSvg(qrSvg(url, { title: 'QR', errorCorrection: 'Q' }))).toBe(url);
  });

  it('includes a four-module quiet zone in the viewBox', () => {
    const url = 'https://sll.dla.go.th';
    const total = qrModuleCount(url) + 2 * QR_QUIET_ZONE;
    expect(qrSvg(url, { title: 'QR' })).toContain(`viewBox="0 0 ${total} ${total}"`);
    expect(QR_QUIET_ZONE).toBe(4);
  });

  it('draws dark on light and escapes the title', () => {
    const svg = qrSvg('https://sll.dla.go.th', { title: '<script>"x"</script>' });
    expect(svg).toContain('fill="#fff"');
    expect(svg).toContain('fill="#000"');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('<title>&#60;script&#62;&#34;x&#34;&#60;/script&#62;</title>');
  });
});

describe('qrTargetProblem with the allowlist in code', () => {
  it.each(LOOKALIKE_QR_URLS)('refuses %s', (url) => {
    expect(qrTargetProblem(url, qrAllowedHosts('https://smartlaw.test'))).toBeDefined();
  });

  it('allows the complaint website and the site itself, nothing more', () => {
    expect(QR_ALLOWED_HOSTS).toEqual(['sll.dla.go.th']);
    expect(qrAllowedHosts('https://smartlaw.test')).toEqual([...QR_ALLOWED_HOSTS, 'smartlaw.test']);
    expect(qrTargetProblem('https://smartlaw.test/lgo/x/', qrAllowedHosts('https://smartlaw.test'))).toBeUndefined();
  });
});

describe('look-alike hosts', () => {
  it.each(['https://sll.xn--dl-8kc.go.th', 'https://sll.dlа.go.th', 'https://xn--sll-dla-go-th-0ma.example.com'])('names %s as an internationalised host', (url) => {
    expect(qrTargetProblem(url, HOSTS)).toMatch(/internationalised host name/);
  });
});

describe('storeLinkProblem', () => {
  const official = { appStoreUrl: undefined, googlePlayUrl: 'https://play.google.com/store/apps/details?id=th.go.dla.sll.test' };
  it('accepts only the store page recorded in code, exactly', () => {
    expect(storeLinkProblem('googlePlayUrl', official.googlePlayUrl, official)).toBeUndefined();
    // Another app on the same store host, or the same app with a tracking parameter, is not the recorded page.
    expect(storeLinkProblem('googlePlayUrl', 'https://play.google.com/store/apps/details?id=com.someone.else', official)).toMatch(/is not the app's official store page/);
    expect(storeLinkProblem('googlePlayUrl', `${official.googlePlayUrl}&referrer=x`, official)).toMatch(/is not the app's official store page/);
  });

  it('refuses every store link while none is recorded (today: the official links are unknown)', () => {
    expect(OFFICIAL_STORE_PAGES).toEqual({ appStoreUrl: undefined, googlePlayUrl: undefined });
    expect(storeLinkProblem('appStoreUrl', 'https://apps.apple.com/th/app/dla-sll/id1')).toMatch(/no official store page/);
  });
});

describe('qrTargetProblem', () => {
  it('accepts https URLs on allowed hosts', () => {
    expect(qrTargetProblem('https://sll.dla.go.th', HOSTS)).toBeUndefined();
    expect(qrTargetProblem('https://sll.dla.go.th/path?q=1', HOSTS)).toBeUndefined();
  });

  it('refuses a host spelt otherwise than exactly: capitals, trailing dot, port, escapes', () => {
    expect(qrTargetProblem('https://SLL.DLA.GO.TH/path?q=1', HOSTS)).toMatch(/exactly/);
    expect(qrTargetProblem('https://sll.dla.go.th./', HOSTS)).toMatch(/not on the QR allowlist/);
    expect(qrTargetProblem('https://sll.dla.go.th:8443/', HOSTS)).toMatch(/port/);
    expect(qrTargetProblem('https://sll.dla.go.th:443/', HOSTS)).toMatch(/exactly/);
    expect(qrTargetProblem('https://sll%2Edla.go.th/', HOSTS)).toMatch(/exactly/);
    expect(qrTargetProblem('https:\\\\sll.dla.go.th/', HOSTS)).toMatch(/exactly/);
  });

  it('refuses http', () => {
    expect(qrTargetProblem('http://sll.dla.go.th', HOSTS)).toMatch(/must start with https:\/\//);
  });

  it.each(['https://sll.dla.go.th.example.com/', 'https://evil-sll.dla.go.th/', 'https://dla.go.th/'])(
    'refuses the look-alike host of %s',
    (url) => {
      expect(qrTargetProblem(url, HOSTS)).toMatch(/not on the QR allowlist/);
    },
  );

  it('refuses credentials that disguise the real host', () => {
    expect(qrTargetProblem('https://sll.dla.go.th@evil.test/', HOSTS)).toMatch(/user name or password/);
    expect(qrTargetProblem('https://user:pw@sll.dla.go.th/', HOSTS)).toMatch(/user name or password/);
  });

  it('refuses javascript:, data: and garbage', () => {
    expect(qrTargetProblem('javascript:alert(1)', HOSTS)).toMatch(/https/);
    expect(qrTargetProblem('data:text/html,hi', HOSTS)).toMatch(/https/);
    expect(qrTargetProblem('not a url', HOSTS)).toMatch(/not a valid URL/);
  });
});

describe('plainAddressProblem (the channel address printed on posters and spelt aloud)', () => {
  it.each(['https://sll.dla.go.th', 'https://sll.dla.go.th/', 'https://sll.dla.go.th/complaint/new_case-1.html'])('accepts %s, and it can be spelt aloud', (url) => {
    expect(plainAddressProblem(url)).toBeUndefined();
    expect(() => spellAddress(url)).not.toThrow();
  });

  it.each([
    ['https://sll.dla.go.th/redirect?to=https://evil.com', /must not carry a query/],
    ['https://sll.dla.go.th/?', /must not carry a query/],
    ['https://sll.dla.go.th/#https://evil.com', /must not carry a fragment/],
    ['https://sll.dla.go.th/a%2Fb', /must not contain percent-escapes/],
    ['https://user:pw@sll.dla.go.th/', /must not carry a user name/],
    ['https://sll.dla.go.th/~x', /"~" in its path/],
    ['https://sll.dla.go.th/a+b', /"\+" in its path/],
  ])('refuses %s', (url, message) => {
    expect(plainAddressProblem(url)).toMatch(message);
  });
});
