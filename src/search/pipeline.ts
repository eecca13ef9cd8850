/**
 * Our own Lunr text pipeline for Vietnamese. lunr-languages' `lunr.vi` trims
 * precomposed letters ("nghị" → "ngh"), so we tokenise on Unicode letters and
 * digits ourselves and expand each syllable into:
 *  - the canonical lower-case syllable ("hội"),
 *  - its diacritic-folded form ("hoi"), so accentless questions match,
 *  - the pair with the next syllable ("hội_nghị", "hoi_nghi"), so two-syllable
 *    words and phrases score above the same syllables scattered.
 */
import lunr from 'lunr';
import { foldDiacritics, tokenize } from '../text/normalize.ts';

/** Bump when tokenisation or expansion changes: it keys the index cache. */
export const PIPELINE_VERSION = 4;

export const BIGRAM_JOINER = '_';

export function vietnameseTokenizer(obj?: unknown, metadata?: Record<string, unknown>): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = String(obj);
  return tokenize(text).map((t, index) => new lunr.Token(t.text, { ...(metadata ?? {}), position: [t.start, t.length], index }));
}

/** Pipeline step: one syllable in, the syllable, its folded form and its bigrams out. */
export const expandVietnamese: lunr.PipelineFunction = (token, i, tokens) => {
  const folded = foldDiacritics(token.toString());
  const out: lunr.Token[] = [token.clone(() => folded)];
  const next = tokens[i + 1];
  if (next) out.push(token.clone(() => `${folded}${BIGRAM_JOINER}${foldDiacritics(next.toString())}`));
  return out;
};

// Registered so that a serialised index names them and loads without warnings.
lunr.Pipeline.registerFunction(expandVietnamese, 'vietnameseExpand');
