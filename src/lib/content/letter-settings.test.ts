import { describe, expect, it } from 'vitest';
import type { ContentIssue } from './content-error';
import { readLetterSettings } from './letter-settings';

const FILE = 'content/letter.yaml';

function read(source: string | undefined) {
  const issues: ContentIssue[] = [];
  const settings = readLetterSettings(source, FILE, issues);
  return { settings, issues };
}

describe('readLetterSettings', () => {
  it('uses TH SarabunPSK without the file, and a province its own font', () => {
    expect(read(undefined).settings.fontFor('TH-24')).toBe('TH SarabunPSK');
    const { settings, issues } = read('provinces:\n  TH-24: TH SarabunIT๙\n');
    expect(issues).toEqual([]);
    expect(settings.fontFor('TH-24')).toBe('TH SarabunIT๙');
    expect(settings.fontFor('TH-10')).toBe('TH SarabunPSK');
  });

  it('refuses a province code that is not one of the 77, naming file and code', () => {
    expect(read('provinces:\n  TH-99: TH SarabunIT๙\n').issues).toEqual([
      { file: FILE, field: 'provinces.TH-99', message: expect.stringMatching(/^TH-99 is not one of Thailand's 77 provinces/) },
    ]);
  });

  it('says once that a code is malformed', () => {
    expect(read('provinces:\n  Chachoengsao: TH SarabunIT๙\n').issues).toEqual([
      { file: FILE, field: 'provinces.Chachoengsao', message: 'must be an ISO code like TH-24' },
    ]);
  });
});
