/**
 * Every word our data files know (cues, units, glossary, titles, follow-ups,
 * stop words, their examples), folded: what a question's word may be
 * corrected to besides the corpus's own words (src/understand/spelling.ts).
 * Read from the loaded data, so a phrasing added to a data file is known at
 * once.
 */
import { tokenize } from '../text/normalize.ts';
import { ATTENDANCE } from './attendance.ts';
import { FIGURES } from './figures.ts';
import { FOLLOW_UPS } from './followups.ts';
import { GLOSSARY } from './glossary.ts';
import { LEXICON } from './lexicon.ts';
import { STOPWORDS } from './stopwords.ts';
import { PROVINCE_KEYS } from './provinces.ts';
import { NAMES, SURNAMES } from './names.ts';

function collect(value: unknown, into: Set<string>, key = ''): void {
  if (key.startsWith('_')) return; // notes to maintainers, not vocabulary
  if (typeof value === 'string') for (const t of tokenize(value)) into.add(t.folded);
  else if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, into, k);
}

let words: Set<string> | null = null;

/** The folded words of every data file. */
export function dataVocabulary(): Set<string> {
  if (words) return words;
  words = new Set<string>();
  for (const data of [LEXICON, GLOSSARY, ATTENDANCE, FIGURES, STOPWORDS, FOLLOW_UPS.examples, PROVINCE_KEYS.map((p) => p.name), NAMES, SURNAMES])
    collect(data, words);
  return words;
}
