import type { Translator } from '../../i18n';

/**
 * Share links that load no third-party script: plain links to each
 * service's own share page. The page URL is encoded once, here.
 */
export function shareLinks(pageUrl: string): { line: string; facebook: string } {
  const encoded = encodeURIComponent(pageUrl);
  return {
    line: `https://social-plugins.line.me/lineit/share?url=${encoded}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
  };
}

/**
 * Adds LINE's openExternalBrowser=1 to a link, so a PDF or image opened from a
 * LINE chat opens in the phone's browser (which can save and print it) rather
 * than LINE's in-app browser. Other browsers ignore the parameter.
 * @example openInBrowser('/kit/lgo/x/poster-a4.pdf') === '/kit/lgo/x/poster-a4.pdf?openExternalBrowser=1'
 */
export function openInBrowser(href: string): string {
  return `${href}${href.includes('?') ? '&' : '?'}openExternalBrowser=1`;
}

/** The ready-to-copy Thai post for Facebook and LINE. */
export function postCopy(args: { name: string; subjects: string[]; websiteUrl: string; app: string; pageUrl: string }, t: Translator): string {
  const subjects = args.subjects.map((s, i) => `${i + 1}. ${s}`).join('\n');
  return t('post.text', { ...args, subjects });
}

/** The HTML a webmaster pastes: a link to the page around the shared banner image (absolute URLs: it lives on another site). */
export function bannerSnippet(args: { pageUrl: string; imageUrl: string; width: number; height: number; alt: string }): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<a href="${escape(args.pageUrl)}"><img src="${escape(args.imageUrl)}" width="${args.width}" height="${args.height}" alt="${escape(args.alt)}" style="max-width:100%;height:auto"></a>`;
}
