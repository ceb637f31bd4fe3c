import { describe, expect, it } from 'vitest';
import { countSyllables } from './syllables';

// Hand counts of words and phrases of the campaign and its scripts.
const HAND_COUNTED: [string, number][] = [
  ['คน', 1], ['ประชาชน', 3], ['ร้องเรียน', 2], ['ร้องทุกข์', 2], ['องค์การบริหารส่วนตำบล', 8], ['เทศบาลตำบล', 4],
  ['กรมส่งเสริมการปกครองท้องถิ่น', 8], ['ประชาสัมพันธ์', 4], ['เจ้าหน้าที่', 3], ['เรียนพี่น้องประชาชนทุกท่าน', 8],
  ['แอปพลิเคชัน', 4], ['ดอท', 1], ['เอส แอล แอล', 3], ['ความประพฤติ', 4], ['การปฏิบัติหน้าที่', 6], ['ขอความร่วมมือ', 5],
  ['เว็บไซต์', 2], ['โทรศัพท์', 3], ['ศูนย์ สาม แปด ห้า หนึ่ง', 5], ['เกี่ยวกับ', 2], ['ช่องทาง', 2], ['ข้อมูล', 2], ['สะดวก', 2],
  ['บริการสาธารณะ', 6], ['ขอบคุณครับ', 3], ['ดับเบิลยู', 3], ['เพื่อ', 1], ['เสียงตามสาย', 3], ['หมู่บ้าน', 2], ['ผู้บริหาร', 4],
];

describe('countSyllables', () => {
  it('is within 10 % of a hand count over the campaign’s words, and close on each', () => {
    let estimated = 0;
    let counted = 0;
    for (const [text, count] of HAND_COUNTED) {
      const n = countSyllables(text);
      expect(Math.abs(n - count), text).toBeLessThanOrEqual(1);
      estimated += n;
      counted += count;
    }
    expect(Math.abs(estimated - counted) / counted).toBeLessThan(0.1);
  });

  it('counts one syllable per spelled letter name and repeats a word for ๆ', () => {
    expect(countSyllables('เอส แอล แอล ดอท ดี แอล เอ')).toBe(7);
    expect(countSyllables('ช้า ๆ ชัด ๆ')).toBe(4);
  });

  it('ignores spaces and punctuation', () => {
    expect(countSyllables('  ')).toBe(0);
    expect(countSyllables('ประชาชน, ประชาชน.')).toBe(6);
  });
});
