/**
 * Addresses in published text that imitate an official host without being
 * it. A poster or page that says "พิมพ์ https://sII.dla.go.th" sends citizens
 * to a look-alike site as surely as a QR code would, and QR targets are not
 * the only addresses content prints: steps, notes, footers and LGO websites
 * carry addresses too.
 */

/** Letters from other scripts that read as Latin ones in a host name (Cyrillic, Greek). */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', ѕ: 's', і: 'l', ј: 'j', х: 'x', у: 'y', ӏ: 'l', ԁ: 'd', ɡ: 'g', һ: 'h', т: 't',
  α: 'a', ο: 'o', ρ: 'p', τ: 't', ι: 'l', ν: 'v',
};

/**
 * What a host looks like to a reader: compatibility forms folded (fullwidth
 * letters), letters of other scripts as the Latin ones they resemble, I, i,
 * 1 and | as l, 0 as o, rn as m, and "-", "_" and "。" as dots.
 */
export function hostSkeleton(text: string): string {
  return [...text.normalize('NFKC')]
    .map((c) => HOMOGLYPHS[c] ?? c)
    .join('')
    .replace(/[I1|!]/g, 'l')
    .toLowerCase()
    .replace(/i/g, 'l')
    .replace(/0/g, 'o')
    .replace(/rn/g, 'm')
    .replace(/[-_。．]/g, '.');
}

/** Runs of text that could hold an address: no spaces, no Thai, no quotes or brackets. */
const TOKEN = /[^\s\u0e00-\u0e7f"'“”‘’()<>[\]{}]+/g;

/**
 * Every address-like run in `text` whose host reads as one of `allowedHosts`
 * but is another host: sII.dla.go.th, sll-dla.go.th.co, sll.dla.go.th.evil.com,
 * https://sll.dla.go.th@evil.com (a browser goes to evil.com). The allowed
 * hosts themselves, in any letter case, pass.
 */
export function lookAlikeAddresses(text: string, allowedHosts: readonly string[]): string[] {
  const found: string[] = [];
  for (const [run] of text.matchAll(TOKEN)) {
    // Sentence punctuation after an address is not part of it.
    const token = run.replace(/[.,;:!?]+$/, '');
    const authority = token.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#\\]/)[0]!;
    // What a browser would visit: the part after any user name ("@").
    const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase();
    const seen = hostSkeleton(authority);
    for (const allowed of allowedHosts) {
      if (seen.includes(hostSkeleton(allowed)) && host !== allowed) {
        found.push(token);
        break;
      }
    }
  }
  return found;
}

/** Why a text may not be published for its look-alike addresses, or undefined. */
export function lookAlikeProblem(text: string, allowedHosts: readonly string[]): string | undefined {
  const found = lookAlikeAddresses(text, allowedHosts);
  if (found.length === 0) return undefined;
  return `${found.map((a) => `"${a}"`).join(', ')} imitates ${allowedHosts.join(', ')} without being it: write the official address exactly (https://${allowedHosts[0]}), or remove it`;
}
