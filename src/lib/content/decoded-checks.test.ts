import { describe, expect, it } from 'vitest';
import type { ContentIssue } from './content-error';
import { addUnreported, markdownTextIssues, yamlValueIssues } from './decoded-checks';

const FILE = 'content/x';
const MOBILE = /is a mobile number/;
const RLO = /U\+202E right-to-left override/;

describe('yamlValueIssues: every string value after YAML decoded it', () => {
  it('finds a mobile and a bidi control written as escapes, naming the key path and line', () => {
    const yaml = 'title: "ร้องเรียน \\u0030812345678 \\u202Eabc"\nsteps:\n  - title: ok\n  - title: "\\x30\\x38\\x31-234-5678"\n';
    expect(yamlValueIssues(yaml, FILE, 2)).toEqual([
      { file: FILE, line: 2, field: 'title', message: expect.stringMatching(RLO) },
      { file: FILE, line: 2, field: 'title', message: expect.stringMatching(/"0812345678" is a mobile number/) },
      { file: FILE, line: 5, field: 'steps.1.title', message: expect.stringMatching(/"081-234-5678" is a mobile number/) },
    ]);
  });

  it('follows aliases and block scalars, and leaves office lines and clean text alone', () => {
    const yaml = 'operator:\n  name: &n "กรม \\u0030812345678"\n  contact: |\n    โทร 038-512679\n    เปิด 08.30-16.30 น.\nother: *n\n';
    expect(yamlValueIssues(yaml, FILE).map((i) => i.field)).toEqual(['operator.name', 'other']);
  });

  it('leaves YAML that does not parse to the caller', () => {
    expect(yamlValueIssues('title: [unclosed\n', FILE)).toEqual([]);
  });
});

describe('markdownTextIssues: the text the rendered HTML shows', () => {
  it.each([
    ['an entity', '&#48;81-234-5678'],
    ['emphasis between digits', '08**1**-234-5678'],
    ['backslash escapes', '081\\-234\\-5678'],
    ['a line break inside the number', 'โทร 081-234-\n5678'],
    ['a hard line break', 'โทร 081-234-\\\n5678'],
    ['a tel: link with escapes', '[โทรหาเรา](tel:081%2D234%2D5678)'],
    ['a tel: link with +66', '[โทรหาเรา](tel:+66812345678)'],
    ['an sms: address (not a link, shown as text)', '[ส่งข้อความ](sms:081%2D234%2D5678)'],
    ['an entity in a link title', '[x](https://example.go.th "&#48;812345678")'],
  ])('finds a mobile hidden by %s', (_, markdown) => {
    expect(markdownTextIssues(markdown, FILE)).toContainEqual({ file: FILE, line: 1, message: expect.stringMatching(MOBILE) });
  });

  it('finds a bidi control written as an entity, on the line of its block', () => {
    expect(markdownTextIssues('ย่อหน้าแรก\n\nข้อความ &#x202E;evil&#x202C;\n', FILE, 5)).toEqual([
      { file: FILE, line: 7, message: expect.stringMatching(/U\+202E right-to-left override, U\+202C pop directional formatting/) },
    ]);
  });

  it('says which link dials the number', () => {
    expect(markdownTextIssues('[โทร](tel:081%2D234%2D5678)', FILE)).toEqual([
      { file: FILE, line: 1, message: 'link "tel:081%2D234%2D5678": "081-234-5678" is a mobile number; publish the office line, never an official\'s mobile' },
    ]);
  });

  it('keeps landlines, hotlines, times and percentages', () => {
    const markdown = 'โทร **038-512679-80** หรือ [02-141-9000](tel:+6621419000) สายด่วน 1111\nเปิด 08.30-16.30 น. ลดลง 50% ปี ๒๕๖๙\n';
    expect(markdownTextIssues(markdown, FILE)).toEqual([]);
  });
});

describe('addUnreported', () => {
  it('adds only what the check of the source lines has not said for the file', () => {
    const problem = '"081-234-5678" is a mobile number; publish the office line, never an official\'s mobile';
    const issues: ContentIssue[] = [{ file: FILE, line: 3, message: problem }];
    addUnreported(issues, [
      { file: FILE, line: 2, message: problem },
      { file: FILE, line: 2, message: `link "tel:081-234-5678": ${problem}` },
      { file: 'content/other', line: 2, message: problem },
      { file: FILE, line: 4, field: 'title', message: 'contains characters …' },
    ]);
    expect(issues.map((i) => `${i.file}:${i.line}`)).toEqual([`${FILE}:3`, 'content/other:2', `${FILE}:4`]);
  });
});
