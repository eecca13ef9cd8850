/**
 * Which reports hold a phrase, read from the search index's postings (a
 * syllable, or each adjacent pair as the index keeps it, "van_ban"), not by
 * walking every report's words: a corpus-wide test that costs the postings
 * of a few terms, however many reports there are. Body passages only: what
 * the index holds.
 */
import type { Corpus } from '../store/load.ts';
import { passageReports } from '../store/lookups.ts';
import { BIGRAM_JOINER } from '../search/pipeline.ts';

export function reportsHolding(corpus: Corpus, folded: string[]): Set<string> {
  if (!folded.length) return new Set();
  const terms = folded.length === 1 ? folded : folded.slice(1).map((w, i) => `${folded[i]}${BIGRAM_JOINER}${w}`);
  // Marks by report number, from passage numbers: no passage id or report id is looked up per posting.
  const reportOf = passageReports(corpus);
  let marked: Uint8Array | null = null;
  for (const t of terms) {
    const here = new Uint8Array(corpus.reports.length);
    let any = false;
    corpus.index.eachPassageWith(t, (n) => {
      const r = reportOf[n];
      if (r >= 0 && (!marked || marked[r])) {
        here[r] = 1;
        any = true;
      }
    });
    marked = here;
    if (!any) return new Set();
  }
  const out = new Set<string>();
  marked?.forEach((m, r) => {
    if (m) out.add(corpus.reports[r].id);
  });
  return out;
}
