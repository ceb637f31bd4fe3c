import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ContentIssue } from './content-error';
import { addUnreported, yamlValueIssues } from './decoded-checks';
import { LETTER_FONTS, type LetterFont } from '../docx/common';
import { THAI_PROVINCES } from './thai-provinces';

/** Optional content/letter.yaml: how the Word files of the letter kit are typed. */
export const LETTER_SETTINGS_FILE = 'letter.yaml';

const font = z.enum(LETTER_FONTS, { errorMap: () => ({ message: `must be one of ${LETTER_FONTS.join(', ')}` }) });

/** content/letter.yaml. */
export const LetterSettingsSchema = z
  .object({
    /** Font of every Word file (TH SarabunPSK unless an office types in TH SarabunIT๙). */
    letter_font: font.default('TH SarabunPSK'),
    /** A different font for one province's files, keyed by ISO code: { TH-24: TH SarabunIT๙ }. */
    // A code of no province would set nothing, silently: the office that asked keeps the other font.
    provinces: z
      .record(
        z
          .string()
          .regex(/^TH-\d{2}$/, 'must be an ISO code like TH-24')
          .refine((code) => !/^TH-\d{2}$/.test(code) || THAI_PROVINCES[code] !== undefined, (code) => ({ message: `${code} is not one of Thailand's 77 provinces (use a code from provinces.csv, e.g. TH-24)` })),
        font,
      )
      .default({}),
  })
  .strict();

export interface LetterSettings {
  /** The font of a province's Word files. */
  fontFor: (provinceCode: string) => LetterFont;
}

/**
 * Parses content/letter.yaml (its text as the loader read it; undefined when
 * the file is absent: defaults), recording problems with file and field like
 * the rest of the loader.
 */
export function readLetterSettings(source: string | undefined, file: string, issues: ContentIssue[]): LetterSettings {
  let data: unknown = {};
  if (source !== undefined) {
    try {
      data = parseYaml(source) ?? {};
      addUnreported(issues, yamlValueIssues(source, file));
    } catch (error) {
      issues.push({ file, message: `not valid YAML: ${String(error instanceof Error ? error.message : error).split('\n')[0]}` });
    }
  }
  const result = LetterSettingsSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) issues.push({ file, field: issue.path.join('.') || undefined, message: issue.message });
    return { fontFor: () => 'TH SarabunPSK' };
  }
  const { letter_font, provinces } = result.data;
  return { fontFor: (code) => provinces[code] ?? letter_font };
}
