import { describe, expect, it } from 'vitest';
import { HOSTILE_HTML, LONGEST_NAME } from '../../test/fixtures/hard-names';
import { BLOCK_UNIT, keepUnitsInText, keepUnitsTogether, LONG_UNIT } from './nowrap';

const span = (word: string) => `<span class="sl-nowrap">${word}</span>`;
/** The text a reader sees: markup the transform adds taken out again. */
const strip = (html: string) => html.replace(/<span class="sl-(?:nowrap|keep)">|<\/span>|<wbr>/g, '');
const keep = (html: string) => `<span class="sl-keep">${html}</span>`;

describe('keepUnitsInText', () => {
  it('wraps each unit a browser could split, and nothing else', () => {
    expect(keepUnitsInText('ร้องเรียนผ่านช่องทางดังกล่าว')).toBe(`${span('ร้องเรียน')}ผ่าน${span('ช่องทาง')}${span('ดังกล่าว')}`);
    expect(keepUnitsInText('เทศบาลเมืองลิ้นเยิ้ม')).toBe(`${span('เทศบาลเมือง')}${span('ลิ้นเยิ้ม')}`);
    expect(keepUnitsInText('no Thai here & <b>')).toBe('no Thai here & <b>');
  });

  it('keeps a compound only where it starts a word: ต้องการ|ร้องเรียน, not ต้อง|การร้องเรียน', () => {
    expect(keepUnitsInText('ต้องการร้องเรียน')).toBe(`ต้องการ${span('ร้องเรียน')}`);
    expect(keepUnitsInText('ผ่านช่องทางการร้องเรียน')).toBe(`ผ่าน${span('ช่องทาง')}${span('การร้องเรียน')}`);
    expect(keepUnitsInText('หน่วยงานที่รับบัญชีรายชื่อ')).toBe(`${span('หน่วยงาน')}ที่รับ${span('บัญชีรายชื่อ')}`);
  });

  it('cuts a unit longer than LONG_UNIT into its own pieces, with <wbr> between them, in one inline block', () => {
    const out = keepUnitsInText('องค์การบริหารส่วนจังหวัดฉะเชิงเทรา');
    expect('องค์การบริหารส่วนจังหวัด'.length).toBeGreaterThan(LONG_UNIT);
    // ฉะเชิงเทรา is one word to the segmenter (and to browsers): nothing to hold together.
    expect(out).toBe(`${keep(`องค์การ<wbr>บริหาร<wbr>${span('ส่วนจังหวัด')}`)}ฉะเชิงเทรา`);
    const long = keepUnitsInText(LONGEST_NAME);
    expect(long.split('<wbr>').length).toBeGreaterThan(5);
    expect(strip(long)).toBe(LONGEST_NAME);
    // Longer than BLOCK_UNIT: wider than any phone line, so its pieces flow inline instead of in a block.
    const place = 'น้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้ทดสอบชื่อยาวมากเป็นพิเศษหนองบัวลำภู';
    expect(place.length).toBeGreaterThan(BLOCK_UNIT);
    expect(keepUnitsInText(`เทศบาลตำบล${place}`)).not.toContain('sl-keep');
  });
});

describe('keepUnitsTogether', () => {
  it('changes only visible text nodes of hostile HTML', () => {
    const out = keepUnitsTogether(HOSTILE_HTML);
    expect(strip(out)).toBe(HOSTILE_HTML);
    // Attribute values, script, style, JSON, textarea, pre, code, title and comments untouched.
    expect(out).toContain('<p title="องค์การบริหารส่วนตำบลปากน้ำ">');
    expect(out).toContain('<script>const x = "ท้องถิ่น <b>";</script><style>.a::after{content:"ท้องถิ่น"}</style>');
    expect(out).toContain('<textarea>ท้องถิ่น</textarea><pre>ท้องถิ่น</pre><code>ท้องถิ่น</code><title>ท้องถิ่น</title>');
    expect(out).toContain('{"name":"องค์การบริหารส่วนตำบลปากน้ำ"}</script>');
    expect(out).toContain('<!-- ท้องถิ่น --><a href="/lgo/ท้องถิ่น/" data-x=\'ท้องถิ่น > <\'>');
    // Visible text wrapped: the link text, the paragraph, the escaped name.
    expect(out).toContain(`>${span('ท้องถิ่น')}</a>`);
    expect(out).toContain(`>${keep(`องค์การ<wbr>บริหาร<wbr>${span('ส่วนตำบล')}`)}ปากน้ำ</p>`);
    expect(out).toContain(`&amp; ${span('ท้องถิ่น')}`);
  });

  it('leaves nested code alone and resumes after it', () => {
    const html = '<pre><pre>ท้องถิ่น</pre>ท้องถิ่น</pre>ท้องถิ่น';
    expect(keepUnitsTogether(html)).toBe(`<pre><pre>ท้องถิ่น</pre>ท้องถิ่น</pre>${span('ท้องถิ่น')}`);
  });

  it('passes broken markup and pages without Thai through unchanged', () => {
    for (const html of ['<p>ท้องถิ่น', '<script>ท้องถิ่น', '<!-- ท้องถิ่น', '<a href="x>ท้องถิ่น', '<html><body>hello</body></html>']) {
      expect(strip(keepUnitsTogether(html))).toBe(html);
    }
    expect(keepUnitsTogether('<script>ท้องถิ่น')).toBe('<script>ท้องถิ่น');
  });
});
