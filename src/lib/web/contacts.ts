import type { Lgo, ProvincialOffice } from '../content/load-content';

/** Any way to reach someone that a contact card can show. */
interface ContactDetails {
  /** A name alone reaches nobody. */
  name?: string;
  phone?: unknown;
  email?: string;
  website?: string;
  facebook?: string;
}

/** True when a card for these details would have something to tap: a phone, e-mail, website or Facebook page. */
export function hasContactDetails(details: ContactDetails | undefined): boolean {
  return Boolean(details && (details.phone || details.email || details.website || details.facebook));
}

/**
 * What the contact block of an LGO page shows. A card only for someone the
 * content gives a way to reach: the LGO itself, and its provincial office as
 * a fallback. An office with a name but no phone, e-mail or website would be
 * an empty card, so the page says in one line where to ask instead.
 */
export interface LgoContacts {
  /** The LGO's own card. */
  own: boolean;
  /** The provincial office's card, when the office has details. */
  office?: ProvincialOffice;
  /** 'fallback': the LGO has nothing, its office stands in; 'unknown': nobody has details. */
  note?: 'fallback' | 'unknown';
}

/** The contact block of an LGO page, from the LGO's and its provincial office's details. */
export function lgoContacts(lgo: Pick<Lgo, 'phone' | 'website' | 'facebook'>, office: ProvincialOffice | undefined): LgoContacts {
  const own = hasContactDetails(lgo);
  const reachableOffice = hasContactDetails(office) ? office : undefined;
  if (own) return { own, office: reachableOffice };
  return reachableOffice ? { own, office: reachableOffice, note: 'fallback' } : { own, note: 'unknown' };
}
