import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { loadSiteInfo, operatorProblem } from './site-info';

const dirs: string[] = [];
/** A copy of the bundled content with site.yaml replaced. */
function contentWith(siteYaml: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'smartlaw-site-info-'));
  dirs.push(dir);
  cpSync('content/pages', join(dir, 'pages'), { recursive: true });
  if (siteYaml !== null) writeFileSync(join(dir, 'site.yaml'), siteYaml);
  return dir;
}
const problems = (dir: string) => {
  try {
    loadSiteInfo(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1).map((l) => l.trim());
    throw error;
  }
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('loadSiteInfo', () => {
  it('reads the bundled content: the department named, its contact still TODO, both statements', () => {
    const info = loadSiteInfo('content');
    expect(info.operator).toEqual({ name: 'กรมส่งเสริมการปกครองท้องถิ่น' });
    expect(info.pages.privacy.title).toBe('ความเป็นส่วนตัว');
    expect(info.pages.privacy.bodyHtml).toContain('ไม่ใช้คุกกี้');
    expect(info.pages.accessibility.bodyHtml).toContain('axe-core');
  });

  it('turns an e-mail address or an https page into a link', () => {
    expect(loadSiteInfo(contentWith('operator:\n  name: ก\n  contact: web@example.go.th\n')).operator).toEqual({ name: 'ก', contactHref: 'mailto:web@example.go.th', contactText: 'web@example.go.th' });
    expect(loadSiteInfo(contentWith('operator:\n  name: ก\n  contact: https://example.go.th/contact\n')).operator.contactHref).toBe('https://example.go.th/contact');
  });

  it.each([
    [null, /site\.yaml: file is missing/],
    ['operator:\n  contact: TODO\n', /site\.yaml, field "operator\.name": is required/],
    ['operator:\n  name: ก\n', /site\.yaml, field "operator\.contact": is required/],
    ['operator:\n  name: ก\n  contact: http://example.go.th\n', /field "operator\.contact": must be an e-mail address, an https:\/\/ address, or TODO/],
  ])('refuses %j, naming file and field', (yaml, message) => {
    expect(problems(contentWith(yaml))).toEqual([expect.stringMatching(message)]);
  });

  it('names the statement page whose front matter is not YAML, instead of crashing', () => {
    const dir = contentWith('operator:\n  name: ก\n  contact: TODO\n');
    writeFileSync(join(dir, 'pages/privacy.md'), '---\ntitle: [unclosed\ndescription: x\n---\nข้อความ\n');
    expect(problems(dir)).toEqual([expect.stringMatching(/pages\/privacy\.md: front matter is not valid YAML: .+/)]);
  });
});

describe('mobile numbers and hidden characters, as published', () => {
  it('in site.yaml, written as YAML escapes: names the field', () => {
    expect(problems(contentWith('operator:\n  name: "กรมส่งเสริม \\u0030812345678 \\u202E"\n  contact: TODO\n'))).toEqual([
      expect.stringMatching(/site\.yaml line 2, field "operator\.name": contains characters .*U\+202E/),
      expect.stringMatching(/site\.yaml line 2, field "operator\.name": "0812345678" is a mobile number/),
    ]);
  });

  it('in a statement page, hidden by markdown: front matter and text', () => {
    const dir = contentWith('operator:\n  name: ก\n  contact: TODO\n');
    writeFileSync(join(dir, 'pages/privacy.md'), '---\ntitle: ก\ndescription: "ข \\u0030812345678"\n---\nติดต่อ 08**1**-234-5678\n');
    expect(problems(dir)).toEqual([
      expect.stringMatching(/pages\/privacy\.md line 3, field "description": "0812345678" is a mobile number/),
      expect.stringMatching(/pages\/privacy\.md line 5: "081-234-5678" is a mobile number/),
    ]);
  });
});

describe('operatorProblem', () => {
  const todo = loadSiteInfo('content');
  it('stops a production build whose operator cannot be reached, and only warns for the quick start', () => {
    expect(operatorProblem(todo, { production: true })).toMatchObject({ level: 'error', message: expect.stringMatching(/operator\.contact.*TODO.*SITE_URL/) });
    expect(operatorProblem(todo, { production: false })).toMatchObject({ level: 'warn' });
    const filled = { ...todo, operator: { ...todo.operator, contactHref: 'mailto:a@b.th', contactText: 'a@b.th' } };
    expect(operatorProblem(filled, { production: true })).toBeUndefined();
  });
});
