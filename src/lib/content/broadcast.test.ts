import { describe, expect, it } from 'vitest';
import { BROADCAST_SYLLABLES, broadcastLength, broadcastScript, type BroadcastInput } from './broadcast';
import { loadContent } from './load-content';
import { resolve } from 'node:path';
import { createSite } from './site';
import { broadcastInput } from '../kit/letter-jobs';

const SUBJECTS = [
  'การดำเนินงานขององค์กรปกครองส่วนท้องถิ่น',
  'การให้บริการสาธารณะ',
  'ความประพฤติและการปฏิบัติหน้าที่ของผู้ดำรงตำแหน่งในองค์กรปกครองส่วนท้องถิ่น',
];
const base: BroadcastInput = { name: 'อบต.ปากน้ำผู้ใหญ่', websiteUrl: 'https://sll.dla.go.th', appName: 'DLA SLL', subjects: SUBJECTS };
const SPELLED = 'เอส แอล แอล ดอท ดี แอล เอ ดอท จี โอ ดอท ที เอช';

describe('broadcastScript', () => {
  it('names the LGO in full, the three subjects, and spells the address at least twice', () => {
    const script = broadcastScript(base);
    expect(script).toContain('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่');
    expect(script).not.toContain('อบต.');
    for (const s of SUBJECTS) expect(script).toContain(s);
    expect(script.split(SPELLED).length - 1).toBeGreaterThanOrEqual(2);
    expect(script).toContain('ดี แอล เอ เอส แอล แอล');
    // Nothing a listener could not hear: no Latin letters, no digits, no URL.
    expect(script).not.toMatch(/[A-Za-z0-9๐-๙]/);
  });

  it('reads a phone line digit by digit, and has none when content has none', () => {
    const withPhone = broadcastScript({ ...base, contact: { name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา', phone: '038-512679-80' } });
    expect(withPhone).toContain('โทร ศูนย์ สาม แปด ห้า หนึ่ง สอง หก เจ็ด เก้า ถึง แปด ศูนย์');
    expect(broadcastScript(base)).not.toContain('สอบถามเพิ่มเติม');
  });

  it('takes 60 to 90 seconds to read: 250 to 450 syllables, for short and 120-character names', () => {
    // A 120-character name made of real place-name syllables, as the synthetic fixture makes them.
    const long = 'องค์การบริหารส่วนตำบลบางหนองคลองท่าโพธิ์ศรีสำราญเจริญทองแก้วใหม่เหนือใต้น้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้ปู่ป้าดอนโคกนาป่าห้วยไผ่มะม่วงสะพานวัดเกาะแหลมบ้านทุ่ง'.slice(0, 120);
    expect(long).toHaveLength(120);
    for (const input of [base, { ...base, name: 'เทศบาลเมืองลิ้นเยิ้ม' }, { ...base, name: long, contact: { name: long, phone: '02-000-0000 ต่อ 12' } }]) {
      const { syllables, seconds } = broadcastLength(broadcastScript(input));
      expect(syllables).toBeGreaterThanOrEqual(BROADCAST_SYLLABLES.min);
      expect(syllables).toBeLessThanOrEqual(BROADCAST_SYLLABLES.max);
      expect(seconds).toBeGreaterThanOrEqual(55);
      expect(seconds).toBeLessThanOrEqual(100);
    }
  });

  it('uses the LGO’s own line, else its provincial office’s (bundled content)', () => {
    const dir = resolve(import.meta.dirname, '../../../content');
    const config = { siteUrl: 'https://smartlaw.test', siteUrlIsDefault: false, contentDir: dir };
    const site = createSite(loadContent(dir, { siteUrl: config.siteUrl }), config);
    const lgo = site.lgos.find((l) => l.id === 'tm-chachoengsao')!;
    const input = broadcastInput(site, lgo);
    expect(input.contact).toEqual({ name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา', phone: '038-512679-80' });
    const bangkok = broadcastInput(site, site.lgos.find((l) => l.id === 'bangkok')!);
    expect(bangkok.contact).toBeUndefined();
  });
});
