/**
 * The kinds of local government organisation (LGO, อปท.) in Thailand.
 * The registry stores the ASCII code; pages show the Thai label.
 */
export const LGO_TYPES = ['pao', 'bma', 'pattaya', 'city', 'town', 'subdistrict', 'sao'] as const;

export type LgoType = (typeof LGO_TYPES)[number];

export interface LgoTypeInfo {
  /** Full Thai name of the kind, as it prefixes an LGO's name. */
  readonly full: string;
  /** Usual Thai abbreviation. */
  readonly short: string;
  /** English name of the kind. */
  readonly en: string;
}

/** Ordered as pages list them: province level first, then municipalities by size, then อบต. */
export const LGO_TYPE_INFO: Readonly<Record<LgoType, LgoTypeInfo>> = {
  pao: { full: 'องค์การบริหารส่วนจังหวัด', short: 'อบจ.', en: 'Provincial Administrative Organization' },
  bma: { full: 'กรุงเทพมหานคร', short: 'กทม.', en: 'Bangkok Metropolitan Administration' },
  pattaya: { full: 'เมืองพัทยา', short: 'เมืองพัทยา', en: 'Pattaya City' },
  city: { full: 'เทศบาลนคร', short: 'ทน.', en: 'City Municipality' },
  town: { full: 'เทศบาลเมือง', short: 'ทม.', en: 'Town Municipality' },
  subdistrict: { full: 'เทศบาลตำบล', short: 'ทต.', en: 'Subdistrict Municipality' },
  sao: { full: 'องค์การบริหารส่วนตำบล', short: 'อบต.', en: 'Subdistrict Administrative Organization' },
};

/** Sort key of a type: its place in LGO_TYPES. */
export function lgoTypeRank(type: LgoType): number {
  return LGO_TYPES.indexOf(type);
}

export function isLgoType(value: string): value is LgoType {
  return (LGO_TYPES as readonly string[]).includes(value);
}
