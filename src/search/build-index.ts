/** Building the search index over passages with the Vietnamese pipeline. */
import lunr from 'lunr';
import type { Passage } from '../model/report.ts';
import { expandVietnamese, vietnameseTokenizer } from './pipeline.ts';
import { ExactTermSet, SearchIndex } from './search-index.ts';

export type ProgressFn = (done: number, total: number) => void;

export function buildIndex(passages: Passage[], onProgress?: ProgressFn): SearchIndex {
  const builder = new lunr.Builder();
  builder.pipeline.add(expandVietnamese);
  // No English stemmer or stop-word filter: queries are built from pre-processed terms.
  (builder as unknown as { tokenizer: typeof vietnameseTokenizer }).tokenizer = vietnameseTokenizer;
  // No positions: at 100k passages they were most of the index; snippets find matches themselves.
  builder.metadataWhitelist = [];
  // Exact-term lookup instead of Lunr's automaton (see search-index.ts).
  const b = builder as unknown as { createTokenSet(): void; tokenSet: unknown; invertedIndex: Record<string, unknown> };
  b.createTokenSet = function () {
    const inverted = this.invertedIndex;
    this.tokenSet = new ExactTermSet((t) => t in inverted);
  };
  builder.ref('n');
  builder.field('text');
  const step = Math.max(1, Math.floor(passages.length / 20));
  passages.forEach((p, i) => {
    builder.add({ n: String(i), text: p.text });
    if (onProgress && (i + 1) % step === 0) onProgress(i + 1, passages.length);
  });
  if (passages.length % step !== 0) onProgress?.(passages.length, passages.length);
  return new SearchIndex(
    builder.build(),
    passages.map((p) => p.id),
  );
}
