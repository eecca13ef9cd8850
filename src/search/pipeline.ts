/**
 * Our own text pipeline for Vietnamese. lunr-languages' `lunr.vi` trims
 * precomposed letters ("nghị" → "ngh"), so we tokenise on Unicode letters and
 * digits ourselves (text/normalize.ts: NFC, one tone-mark style, lower case)
 * and index each syllable as:
 *  - its diacritic-folded form ("hội" → "hoi"), so that questions typed with
 *    or without marks meet the same terms (the re-ranker and the snippets,
 *    which read the passage itself, tell "hội" from "hỏi" again);
 *  - its pair with the next syllable ("hoi_nghi"), so that two-syllable
 *    words and phrases score above the same syllables scattered.
 */
import { tokenize } from '../text/normalize.ts';

/** Bump when tokenisation or expansion changes: it keys the index cache. */
export const PIPELINE_VERSION = 5;

export const BIGRAM_JOINER = '_';

/** The terms a passage is indexed under, in order. */
export function passageTerms(text: string): string[] {
  const folded = tokenize(text).map((t) => t.folded);
  const out: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    out.push(folded[i]);
    if (i + 1 < folded.length) out.push(`${folded[i]}${BIGRAM_JOINER}${folded[i + 1]}`);
  }
  return out;
}
