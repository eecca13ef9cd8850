/**
 * Turning user words into a Lunr query without ever parsing user text as
 * Lunr syntax: every clause is added programmatically with usePipeline off,
 * so ": ~ ^ * + -" are just characters that the tokenizer drops.
 */
import type { SearchIndex } from './search-index.ts';
import type { Passage } from '../model/report.ts';
import { foldKey, tokenize } from '../text/normalize.ts';
import { BIGRAM_JOINER } from './pipeline.ts';
import { firstAtLeast } from './flat-format.ts';
import { LIMITS } from '../limits.ts';
import { STOPWORDS as stopwords } from '../lexicon/stopwords.ts';
import { GLOSSARY as glossary } from '../lexicon/glossary.ts';
import type { Hit, ParsedQuery, QueryTerm } from '../model/query.ts';

const VI_STOP = new Set(stopwords.vi);
// Typed without accents, a stop word may be a content word of the genre ("ban" of "ban hành", not "bạn"): those are kept.
const KEEP_FOLDED = new Set(stopwords.foldedKeep);
const VI_STOP_FOLDED = new Set(stopwords.vi.map((w) => foldKey(w)).filter((w) => !KEEP_FOLDED.has(w)));
const EN_STOP = new Set(stopwords.en);

// English phrases of the glossary, longest first, as folded word sequences.
// Official titles too ("Secretary of the Provincial Party Committee" → "Bí thư Tỉnh ủy"): one glossary serves both ways.
// An English phrase may stand for several Vietnamese words ("issued": "ban hành", "phát hành"): all are searched.
const EN_TO_VI = new Map<string, string[]>();
for (const { en, vi } of [
  ...glossary.terms.flatMap((t) => t.en.map((en) => ({ en: foldKey(en), vi: t.vi }))),
  ...glossary.titles.map((t) => ({ en: foldKey(t.en), vi: t.vi })),
]) {
  EN_TO_VI.set(en, [...(EN_TO_VI.get(en) ?? []), vi]);
}
const EN_PHRASES = [...EN_TO_VI]
  .map(([en, vi]) => ({ en, vi: vi.join(' ') }))
  .sort((a, b) => b.en.split(' ').length - a.en.split(' ').length || b.en.length - a.en.length);

function isStop(t: QueryTerm): boolean {
  if (t.marked) return VI_STOP.has(t.text);
  return VI_STOP_FOLDED.has(t.folded) || EN_STOP.has(t.folded);
}

/** Replace English glossary phrases with their Vietnamese terms. */
export function translateEnglish(text: string): string {
  return glossaryTranslation(text).rest;
}

/** The Vietnamese terms of the English glossary phrases in a text, and the text with them replaced. */
function glossaryTranslation(text: string): { added: string[]; rest: string } {
  let s = ` ${foldKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const added: string[] = [];
  for (const { en, vi } of EN_PHRASES) {
    const needle = ` ${en} `;
    if (s.includes(needle)) {
      s = s.split(needle).join(' ');
      added.push(vi);
    }
  }
  return { added, rest: `${s.trim()} ${added.join(' ')}`.trim() };
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
  // Only the translations are added: a folded copy of the whole question would search "bản" also as "ban" (of "ban hành").
  const source = `${question} ${glossaryTranslation(question).added.join(' ')}`;
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

const DF = new WeakMap<SearchIndex, Map<string, number>>();

/** How many passages hold a term (memoised per index). */
export function documentFrequency(index: SearchIndex, term: string): number {
  let memo = DF.get(index);
  if (!memo) {
    memo = new Map();
    DF.set(index, memo);
  }
  let n = memo.get(term);
  if (n === undefined) {
    n = index.documentFrequency(term);
    if (memo.size > 100_000) memo.clear();
    memo.set(term, n);
  }
  return n;
}

/**
 * Search with programmatic clauses only; returns [] for an empty query.
 *
 * Query plan (what keeps Lunr fast at 100k passages): Lunr walks the whole
 * posting list of every clause, and in this genre "văn phòng", "tỉnh", "hội
 * nghị" are in nearly every passage. So only the selective terms and pairs
 * (held by at most ~2% of passages) go to Lunr; when none is selective, the
 * rarest one does. The best candidates are then re-ranked against the whole
 * question: how many of its words and pairs each passage holds, and whether
 * accented words match exactly.
 */
export function searchIndex(search: SearchIndex, q: ParsedQuery, limit: number, passages?: Map<string, Passage>): Hit[] {
  if (q.terms.length === 0) return [];
  const clauses = [
    ...[...new Set(q.terms.map((t) => t.folded))].map((t) => ({ t, boost: 1 })),
    ...[...new Set(q.pairs.map(([a, b]) => `${a.folded}${BIGRAM_JOINER}${b.folded}`))].map((t) => ({ t, boost: 6 })),
  ]
    .map((c) => ({ ...c, df: documentFrequency(search, c.t) }))
    .filter((c) => c.df > 0);
  if (clauses.length === 0) return [];
  const threshold = Math.max(LIMITS.selectiveMinPassages, search.refs.length * LIMITS.selectiveShare);
  const chosen = clauses.filter((c) => c.df <= threshold);
  const poolSize = Math.max(limit * 4, LIMITS.rerankPool);
  let pool: Hit[];
  if (chosen.length > 0 && chosen.reduce((n, c) => n + c.df, 0) <= LIMITS.lunrPostingBudget) {
    pool = search.query(chosen, poolSize).map((r) => ({ ref: search.passageId(r.ref) ?? r.ref, score: r.score }));
  } else {
    pool = broadCandidates(search, clauses, LIMITS.broadPool);
  }
  if (!passages || pool.length === 0) return pool.slice(0, limit);
  return rerank(pool, q, passages).slice(0, limit);
}

/**
 * Candidates for a question made only of common words, without scoring every
 * passage that holds them: walk the rarest term's postings and keep the
 * passages that also hold the most of the other terms, stopping once enough
 * are found. The re-ranking then orders them.
 */
function broadCandidates(search: SearchIndex, clauses: { t: string; df: number; boost: number }[], want: number): Hit[] {
  const sorted = [...clauses].sort((a, b) => a.df - b.df);
  const [first, ...others] = sorted.map((c) => search.passagesWith(c.t));
  const found: Hit[][] = others.map(() => []); // by how many other terms are missing
  const full: Hit[] = [];
  for (let k = 0; k < first.length; k++) {
    const n = first[k];
    let missing = 0;
    for (const o of others) if (!holds(o, n)) missing++;
    const hit = { ref: search.passageId(String(n)) ?? String(n), score: others.length - missing };
    if (missing === 0) {
      full.push(hit);
      if (full.length >= want) break;
    } else if (found[missing - 1].length < want) found[missing - 1].push(hit);
  }
  return [...full, ...found.flat()].slice(0, want);
}

/** Does an ascending list of passage numbers hold n? (binary search: the lists are the index's own, never copied into sets) */
function holds(list: ArrayLike<number>, n: number): boolean {
  const at = firstAtLeast(list, n);
  return at < list.length && list[at] === n;
}

/** Re-rank candidates by how much of the whole question each passage holds. */
function rerank(pool: Hit[], q: ParsedQuery, passages: Map<string, Passage>): Hit[] {
  const words = [...new Set(q.terms.map((t) => t.folded))];
  const pairs = [...new Set(q.pairs.map(([a, b]) => `${a.folded} ${b.folded}`))];
  const exact = [...new Set(q.terms.filter((t) => t.marked).map((t) => t.text))];
  const top = pool[0].score || 1;
  return pool
    .map((r) => {
      const p = passages.get(r.ref);
      if (!p) return { ref: r.ref, score: r.score / top };
      const toks = tokenize(p.text);
      const folded = new Set(toks.map((t) => t.folded));
      const texts = new Set(toks.map((t) => t.text));
      const foldedPairs = new Set(toks.slice(1).map((t, i) => `${toks[i].folded} ${t.folded}`));
      const cover = words.filter((w) => folded.has(w)).length / words.length;
      const phrase = pairs.length ? pairs.filter((x) => foldedPairs.has(x)).length / pairs.length : 0;
      const accents = exact.length ? exact.filter((x) => texts.has(x)).length / exact.length : 0;
      return { ref: r.ref, score: r.score / top + 2 * cover + phrase + 0.5 * accents };
    })
    .sort((a, b) => b.score - a.score);
}
