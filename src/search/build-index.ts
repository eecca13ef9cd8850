/** Building a Lunr index over passages with the Vietnamese pipeline. */
import lunr from 'lunr';
import type { Passage } from '../types.ts';
import { expandVietnamese, vietnameseTokenizer } from './pipeline.ts';

export type ProgressFn = (done: number, total: number) => void;

export function buildIndex(passages: Passage[], onProgress?: ProgressFn): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.add(expandVietnamese);
  // No English stemmer or stop-word filter: queries are built from pre-processed terms.
  (builder as unknown as { tokenizer: typeof vietnameseTokenizer }).tokenizer = vietnameseTokenizer;
  // No positions: at 100k passages they were most of the index; snippets find matches themselves.
  builder.metadataWhitelist = [];
  builder.ref('id');
  builder.field('text');
  const step = Math.max(1, Math.floor(passages.length / 20));
  passages.forEach((p, i) => {
    builder.add({ id: p.id, text: p.text });
    if (onProgress && (i + 1) % step === 0) onProgress(i + 1, passages.length);
  });
  onProgress?.(passages.length, passages.length);
  return builder.build();
}
