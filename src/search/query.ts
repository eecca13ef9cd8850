/**
 * Turning user words into a Lunr query without ever parsing user text as
 * Lunr syntax: every clause is added programmatically with usePipeline off,
 * so ": ~ ^ * + -" are just characters that the tokenizer drops.
 */
import type lunr from 'lunr';
import { foldKey, tokenize } from '../text/normalize.ts';
import { BIGRAM_JOINER } from './pipeline.ts';
import { LIMITS } from '../limits.ts';
import stopwords from '../data/stopwords.json' with { type: 'json' };
import glossary from '../data/glossary.json' with { type: 'json' };

export interface QueryTerm {
  text: string;
  folded: string;
  /** typed with diacritics: match that spelling first */
  marked: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** adjacent content syllables, searched as pairs to reward phrases */
  pairs: [QueryTerm, QueryTerm][];
}

const VI_STOP = new Set(stopwords.vi);
const VI_STOP_FOLDED = new Set(stopwords.vi.map((w) => foldKey(w)));
const EN_STOP = new Set(stopwords.en);

// English phrases of the glossary, longest first, as folded word sequences.
const EN_PHRASES = glossary.terms
  .flatMap((t) => t.en.map((en) => ({ en: foldKey(en), vi: t.vi })))
  .sort((a, b) => b.en.split(' ').length - a.en.split(' ').length || b.en.length - a.en.length);

function isStop(t: QueryTerm): boolean {
  if (t.marked) return VI_STOP.has(t.text);
  return VI_STOP_FOLDED.has(t.folded) || EN_STOP.has(t.folded);
}

/** Replace English glossary phrases with their Vietnamese terms. */
export function translateEnglish(text: string): string {
  let s = ` ${foldKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const added: string[] = [];
  for (const { en, vi } of EN_PHRASES) {
    const needle = ` ${en} `;
    if (s.includes(needle)) {
      s = s.split(needle).join(' ');
      added.push(vi);
    }
  }
  return `${s.trim()} ${added.join(' ')}`.trim();
}

function termsOf(text: string): QueryTerm[] {
  return tokenize(text).map((t) => ({ text: t.text, folded: t.folded, marked: t.text !== t.folded }));
}

/**
 * Content terms of a question. English glossary words become Vietnamese
 * terms; stop words go; pairs are taken between neighbours that survived.
 */
export function parseQuery(question: string): ParsedQuery {
  // English glossary words add their Vietnamese terms; folded Vietnamese rarely spells an English glossary word.
  const source = `${question} ${translateEnglish(question)}`;
  const all = termsOf(source.slice(0, LIMITS.questionMaxChars * 2));
  const terms: QueryTerm[] = [];
  const pairs: [QueryTerm, QueryTerm][] = [];
  const seen = new Set<string>();
  let prev: QueryTerm | null = null;
  for (const t of all) {
    if (isStop(t)) {
      prev = null;
      continue;
    }
    if (prev) pairs.push([prev, t]);
    prev = t;
    const key = `${t.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(t);
    if (terms.length >= LIMITS.maxQueryTerms) break;
  }
  return { terms, pairs: pairs.slice(0, LIMITS.maxQueryTerms) };
}

export interface Hit {
  ref: string;
  score: number;
}

/** Search with programmatic clauses only; returns [] for an empty query. */
export function searchIndex(index: lunr.Index, q: ParsedQuery, limit: number): Hit[] {
  if (q.terms.length === 0) return [];
  const results = index.query((query) => {
    for (const t of q.terms) {
      if (t.marked) query.term(t.text, { usePipeline: false, boost: 3 });
      query.term(t.folded, { usePipeline: false, boost: 1 });
    }
    for (const [a, b] of q.pairs) {
      query.term(`${a.folded}${BIGRAM_JOINER}${b.folded}`, { usePipeline: false, boost: 6 });
      if (a.marked || b.marked) query.term(`${a.text}${BIGRAM_JOINER}${b.text}`, { usePipeline: false, boost: 6 });
    }
  });
  return results.slice(0, limit).map((r) => ({ ref: r.ref, score: r.score }));
}
