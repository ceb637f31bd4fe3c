import QRCode from 'qrcode';
import { QR_ALLOWLIST_MODULE } from './qr-allowlist';

/** Modules of light margin around a QR code; ISO/IEC 18004 asks for four. */
export const QR_QUIET_ZONE = 4;

export type QrErrorCorrection = 'M' | 'Q';

/**
 * Why a URL may not become a QR code, or undefined when it may: it must be
 * https and written with exactly an allowed host, in lower case, with no port,
 * user name, trailing dot or other spelling a browser would read differently
 * from a person (sll.dla.go.th@evil.com, sll.dla.go.th.evil.com, xn--…).
 */
export function qrTargetProblem(url: string, allowedHosts: readonly string[]): string | undefined {
  // Look-alike letters (Cyrillic а) or their punycode: say so, rather than "not a valid URL" when the parser balks.
  const writtenHost = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  if (/[^\x21-\x7e]|(?:^|[.@])xn--/i.test(writtenHost)) {
    return `"${url}" has an internationalised host name (letters outside a–z or an xn-- label), which can imitate an official address; write the allowed host in plain a–z letters`;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a valid URL`;
  }
  if (parsed.protocol !== 'https:') return `"${url}" must start with https://`;
  if (parsed.username || parsed.password) return `"${url}" must not carry a user name or password (an "@")`;
  if (parsed.port) return `"${url}" must not name a port`;
  const host = parsed.hostname;
  // Exact host match only: "sll.dla.go.th.example.com" and "evil-sll.dla.go.th" are different hosts.
  if (!allowedHosts.includes(host)) {
    return `host "${host}" of "${url}" is not on the QR allowlist (${allowedHosts.join(', ')}; the list is ${QR_ALLOWLIST_MODULE}, reviewed as code)`;
  }
  // The URL as written must spell the host exactly so (no capitals, trailing dot, escapes or backslashes).
  if (!/^https:\/\/([^/?#]*)(?:[/?#]|$)/.exec(url) || /^https:\/\/([^/?#]*)/.exec(url)![1] !== host) {
    return `"${url}" must be written https://${host}/… exactly (lower case, no trailing dot, no port)`;
  }
  return undefined;
}

/**
 * Why an allowed QR target cannot be the channel address that posters print,
 * letters write and announcers spell aloud, or undefined when it can: the
 * host and a plain path only. A query or fragment can carry a redirect
 * (?to=https://evil.example), percent-escapes hide what the path says, and
 * none of them can be read out or typed from a notice board.
 */
export function plainAddressProblem(url: string): string | undefined {
  const rest = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(.*)$/i.exec(url)?.[1] ?? url;
  const hint = 'write the plain address (https://host/path) that people can read off a notice board and type';
  if (url.includes('@')) return `"${url}" must not carry a user name or "@": ${hint}`;
  if (rest.includes('?')) return `"${url}" must not carry a query ("?…"): ${hint}`;
  if (rest.includes('#')) return `"${url}" must not carry a fragment ("#…"): ${hint}`;
  if (rest.includes('%')) return `"${url}" must not contain percent-escapes ("%…"): ${hint}`;
  const odd = /[^A-Za-z0-9._\-/]/.exec(rest);
  if (odd) return `"${url}" has "${odd[0]}" in its path, which announcers cannot spell aloud: use letters, digits, ".", "-", "_" and "/" only`;
  return undefined;
}

export interface QrSvgOptions {
  errorCorrection?: QrErrorCorrection;
  /** Accessible name of the image, e.g. "QR code to https://sll.dla.go.th". */
  title: string;
}

/**
 * An SVG QR code: one path of dark squares on a light background, with the
 * quiet zone included. The viewBox is in modules, so the SVG scales cleanly to
 * any printed size.
 */
const svgCache = new Map<string, string>();

export function qrSvg(url: string, options: QrSvgOptions): string {
  // Every page shows the same few codes: make each once per process.
  const key = `${options.errorCorrection ?? 'M'}\u0000${url}\u0000${options.title}`;
  let svg = svgCache.get(key);
  if (svg === undefined) {
    svg = buildQrSvg(url, options);
    if (svgCache.size > 1000) svgCache.clear();
    svgCache.set(key, svg);
  }
  return svg;
}

/** The dark modules of a QR code as horizontal runs: every renderer draws one rectangle per run. */
export function* darkRuns(modules: { size: number; data: ArrayLike<number | boolean> }): Generator<{ row: number; start: number; length: number }> {
  const { size, data } = modules;
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      yield { row, start, length: col - start };
    }
  }
}

/** SVG path data of a QR code's dark modules, in module units, offset by the quiet zone. */
export function qrPathData(modules: { size: number; data: ArrayLike<number | boolean> }, quietZone = QR_QUIET_ZONE): string {
  let path = '';
  for (const { row, start, length } of darkRuns(modules)) {
    path += `M${start + quietZone} ${row + quietZone}h${length}v1h${-length}z`;
  }
  return path;
}

function buildQrSvg(url: string, { errorCorrection = 'M', title }: QrSvgOptions): string {
  const qr = QRCode.create(url, { errorCorrectionLevel: errorCorrection });
  const total = qr.modules.size + 2 * QR_QUIET_ZONE;
  const path = qrPathData(qr.modules);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" role="img" shape-rendering="crispEdges">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect width="${total}" height="${total}" fill="#fff"/>` +
    `<path fill="#000" d="${path}"/></svg>`
  );
}

/** Number of modules across (without quiet zone) of the QR code for a URL. */
export function qrModuleCount(url: string, errorCorrection: QrErrorCorrection = 'M'): number {
  return QRCode.create(url, { errorCorrectionLevel: errorCorrection }).modules.size;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
