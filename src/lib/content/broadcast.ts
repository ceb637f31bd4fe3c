import { t } from '../../i18n';
import { expandAbbreviations, sayLatinWords, spellAddress, spellCharacters, spellPhone } from '../thai/spoken';
import { countSyllables } from '../thai/syllables';

/** What a broadcast script needs: plain data, so the kit can cache it. */
export interface BroadcastInput {
  /** The LGO's full Thai name. */
  name: string;
  /** The complaint website, e.g. https://sll.dla.go.th. */
  websiteUrl: string;
  /** The app's name as the stores list it, e.g. DLA SLL. */
  appName: string;
  /** The three complaint subjects. */
  subjects: readonly string[];
  /** Who answers questions, and their published line; omitted when no line is known (never invented). */
  contact?: { name: string; phone: string };
}

/** The spoken range the script must fall in: 60–90 seconds at an announcer's pace. */
export const BROADCAST_SYLLABLES = { min: 250, max: 450 } as const;

// Latin words of the campaign text as listeners hear them.
const SPOKEN_WORDS: Readonly<Record<string, string>> = { 'Smart Law': 'สมาร์ทลอว์', 'App Store': 'แอปสโตร์', 'Google Play': 'กูเกิลเพลย์' };

// The subjects, the address and many contacts are the same in every LGO's script: say each once per process.
const spokenForms = new Map<string, string>();

/** A name or sentence as said aloud: abbreviations in full, Latin words in Thai. */
function spoken(text: string): string {
  let said = spokenForms.get(text);
  if (said === undefined) {
    said = sayLatinWords(expandAbbreviations(text), SPOKEN_WORDS).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
    if (spokenForms.size > 10_000) spokenForms.clear();
    spokenForms.set(text, said);
  }
  return said;
}

/**
 * The village broadcast script (บทประกาศเสียงตามสาย) of one LGO, in spoken
 * Thai: who speaks, what people can complain about, how, the address spelt
 * letter by letter and said twice, and a phone line digit by digit. The
 * wording lives in th.json (broadcast.*); this only fills it in.
 */
export function broadcastScript(input: BroadcastInput): string {
  const name = spoken(input.name);
  const address = spellAddress(input.websiteUrl);
  const app = spellCharacters(input.appName);
  const [first = '', second = '', third = ''] = input.subjects.map(spoken);
  const paragraphs = [
    t('broadcast.opening', { name }),
    t('broadcast.channel'),
    t('broadcast.subjects', { first, second, third }),
    t('broadcast.how', { address, app }),
    t('broadcast.repeat', { address, app }),
    t('broadcast.check', { address }),
    input.contact ? t('broadcast.contact', { name: spoken(input.contact.name), phone: spellPhone(input.contact.phone) }) : '',
    t('broadcast.closing'),
  ];
  return `${paragraphs.filter(Boolean).join('\n\n')}\n`;
}

// Most paragraphs are the same in every LGO's script: count each once per process.
const paragraphSyllables = new Map<string, number>();

/** Estimated syllables and reading time of a script (at about 4.5 syllables a second, an announcer's pace). */
export function broadcastLength(script: string): { syllables: number; seconds: number } {
  let syllables = 0;
  for (const paragraph of script.split('\n\n')) {
    let count = paragraphSyllables.get(paragraph);
    if (count === undefined) {
      count = countSyllables(paragraph);
      if (paragraphSyllables.size > 10_000) paragraphSyllables.clear();
      paragraphSyllables.set(paragraph, count);
    }
    syllables += count;
  }
  return { syllables, seconds: Math.round(syllables / 4.5) };
}
