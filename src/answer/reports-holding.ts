/**
 * Which reports hold a phrase, read from the search index's postings (a
 * syllable, or each adjacent pair as the index keeps it, "van_ban"), not by
 * walking every report's words: a corpus-wide test that costs the postings
 * of a few terms, however many reports there are. Body passages only: what
 * the index holds.
 */
import type { Corpus } from '../store/load.ts';
import { BIGRAM_JOINER } from '../search/pipeline.ts';

export function reportsHolding(corpus: Corpus, folded: string[]): Set<string> {
  if (!folded.length) return new Set();
  const terms = folded.length === 1 ? folded : folded.slice(1).map((w, i) => `${folded[i]}${BIGRAM_JOINER}${w}`);
  let docs: Set<string> | null = null;
  for (const t of terms) {
    const here = new Set<string>();
    const numbers = corpus.index.passagesWith(t);
    for (let k = 0; k < numbers.length; k++) {
      const doc = corpus.passages.get(corpus.index.refs[numbers[k]] ?? '')?.doc;
      if (doc && (!docs || docs.has(doc))) here.add(doc);
    }
    docs = here;
    if (!docs.size) break;
  }
  return docs ?? new Set();
}
