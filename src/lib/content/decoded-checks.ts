import { isNode, LineCounter, parseDocument } from 'yaml';
import type { ContentIssue } from './content-error';
import { publishedText } from './markdown';
import { findMobileNumbers, mobileNumberProblem } from './phone';
import { unprintableProblem } from './printable';
import { lookAlikeProblem } from '../web/look-alike';
import { QR_ALLOWED_HOSTS } from '../web/qr-allowlist';

/**
 * The mobile-number and printable-character checks, run on text as it is
 * published rather than as it is written: YAML escapes ("\u0030812345678",
 * "\u202E") and markdown entities, emphasis, backslash escapes and line
 * breaks (&#48;81, 08**1**, 081\-234, 081-234-⏎5678) all hide from a check of
 * the source lines, which the loader also runs.
 */

/** Percent-escapes decoded where they are valid UTF-8 (tel:081%2D234%2D5678 dials 081-234-5678). */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });
}

/** Why a published value may not be published: unprintable characters, mobile numbers, look-alike addresses. */
export function publishedValueProblems(value: string): string[] {
  const problems: string[] = [];
  const unprintable = unprintableProblem(value, { multiline: true });
  if (unprintable) problems.push(unprintable);
  const decoded = percentDecoded(value);
  for (const mobile of findMobileNumbers(decoded)) problems.push(mobileNumberProblem(mobile));
  // An address that imitates the complaint website, printed or linked, misleads as a QR code would.
  const lookAlike = lookAlikeProblem(decoded, QR_ALLOWED_HOSTS);
  if (lookAlike) problems.push(lookAlike);
  return problems;
}

/**
 * The problems of every string value of a YAML text (after parsing: escapes
 * decoded, aliases followed), each with its key path as the field and its
 * line. YAML that does not parse gives none: the caller reports it.
 * @param firstLine line of the file on which the YAML text starts (front matter: 2)
 */
export function yamlValueIssues(source: string, file: string, firstLine = 1): ContentIssue[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length) return [];
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    return []; // e.g. too many aliases: the caller's parse reports it
  }
  const issues: ContentIssue[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const node = path.length ? doc.getIn(path, true) : doc.contents;
      const offset = isNode(node) ? node.range?.[0] : undefined;
      const line = offset === undefined ? undefined : firstLine + lineCounter.linePos(offset).line - 1;
      const field = path.length ? path.join('.') : undefined;
      for (const message of publishedValueProblems(value)) issues.push({ file, line, field, message });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return issues;
}

/**
 * The problems of a markdown text as its HTML publishes it: the text of each
 * block and each link address, image source and alt text.
 * @param firstLine line of the file on which the markdown starts (after front matter)
 */
export function markdownTextIssues(source: string, file: string, firstLine = 1): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { line, text, attribute } of publishedText(source)) {
    for (const problem of publishedValueProblems(text)) {
      const message = attribute ? `${attribute === 'href' ? 'link' : attribute} "${text}": ${problem}` : problem;
      issues.push({ file, line: firstLine + line - 1, message });
    }
  }
  return issues;
}

/**
 * Adds the problems of decoded text that the check of the source lines has
 * not already reported for the file (a plain 081-234-5678 is found by both).
 */
export function addUnreported(issues: ContentIssue[], found: readonly ContentIssue[]): void {
  for (const issue of found) {
    const reported = issues.some((i) => i.file === issue.file && (i.message === issue.message || issue.message.endsWith(`: ${i.message}`)));
    if (!reported) issues.push(issue);
  }
}
