import { describe, expect, it } from 'vitest';
import { renderMarkdown, splitFrontMatter } from './markdown';

describe('renderMarkdown', () => {
  it('renders markdown', () => {
    expect(renderMarkdown('**ตัวหนา** [ลิงก์](https://sll.dla.go.th)')).toBe(
      '<p><strong>ตัวหนา</strong> <a href="https://sll.dla.go.th">ลิงก์</a></p>\n',
    );
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: and data: links', () => {
    const html = renderMarkdown('[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x)');
    expect(html).not.toMatch(/href="(javascript|data|vbscript):/);
  });
});

describe('splitFrontMatter', () => {
  it('separates YAML front matter from the body', () => {
    expect(splitFrontMatter('---\ntitle: ก\n---\nเนื้อหา\n')).toEqual({ data: { title: 'ก' }, body: 'เนื้อหา\n', frontMatter: 'title: ก', bodyLine: 4 });
  });

  it('treats a file without front matter as all body', () => {
    expect(splitFrontMatter('เนื้อหา')).toEqual({ data: {}, body: 'เนื้อหา', frontMatter: '', bodyLine: 1 });
  });

  it('throws on YAML that does not parse', () => {
    expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\nx')).toThrow();
  });
});
