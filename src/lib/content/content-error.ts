/** One thing wrong with the content, located as precisely as we can. */
export interface ContentIssue {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based data row of a CSV file (the header is row 1, so data starts at row 2). */
  row?: number;
  /** 1-based line of a text file (markdown, YAML). */
  line?: number;
  /** Field or column name. */
  field?: string;
  message: string;
}

/** Formats an issue as "content/lgos.csv row 4, field "province": unknown province TH-99". */
export function formatIssue(issue: ContentIssue): string {
  const where = [issue.file, issue.row !== undefined ? `row ${issue.row}` : undefined, issue.line !== undefined ? `line ${issue.line}` : undefined]
    .filter(Boolean)
    .join(' ');
  const field = issue.field ? `, field "${issue.field}"` : '';
  return `${where}${field}: ${issue.message}`;
}

/** Thrown when content does not validate; carries every issue found, not just the first. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Content has ${count}:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
