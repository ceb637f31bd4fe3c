import { describe, expect, it } from 'vitest';
import { parsePhone, type PhoneNumber } from '../content/phone';
import { hasContactDetails, lgoContacts } from './contacts';

const phone = parsePhone('038-512679-80') as PhoneNumber;
const office = { name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา', phone };
const nameOnly = { name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดลำปาง' };

describe('hasContactDetails', () => {
  it('counts a phone, e-mail, website or Facebook page, and nothing else', () => {
    expect(hasContactDetails(undefined)).toBe(false);
    expect(hasContactDetails(nameOnly)).toBe(false);
    expect(hasContactDetails({ email: '' })).toBe(false);
    expect(hasContactDetails(office)).toBe(true);
    expect(hasContactDetails({ email: 'saraban@example.go.th' })).toBe(true);
    expect(hasContactDetails({ facebook: 'https://www.facebook.com/x' })).toBe(true);
  });
});

describe('lgoContacts', () => {
  it('shows the LGO’s own card, and its office’s only when the office has details', () => {
    expect(lgoContacts({ phone }, office)).toEqual({ own: true, office });
    expect(lgoContacts({ website: 'https://x.go.th/' }, nameOnly)).toEqual({ own: true, office: undefined });
  });

  it('falls back to the provincial office when the LGO has nothing and the office can be reached', () => {
    expect(lgoContacts({}, office)).toEqual({ own: false, office, note: 'fallback' });
  });

  it('shows no card at all when neither can be reached, with or without an office', () => {
    expect(lgoContacts({}, nameOnly)).toEqual({ own: false, note: 'unknown' });
    expect(lgoContacts({}, undefined)).toEqual({ own: false, note: 'unknown' });
  });
});
