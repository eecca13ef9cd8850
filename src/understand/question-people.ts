/**
 * The people and provinces a question names, by whole folded tokens: a
 * province takes its tokens first, so its syllables never link a person.
 */
import type { Passage } from '../model/report.ts';
import type { Corpus } from '../store/load.ts';
import type { Hit } from '../model/query.ts';
import { foldKey } from '../text/normalize.ts';
import { findNames } from '../facts/people.ts';
import { PROVINCE_KEYS } from '../lexicon/provinces.ts';
import { LIMITS } from '../limits.ts';
import type { LinkedPerson } from '../model/question.ts';

function seqAt(tokens: string[], key: string[], i: number): boolean {
  for (let k = 0; k < key.length; k++) if (tokens[i + k] !== key[k]) return false;
  return true;
}

function indexOfSeq(tokens: string[], key: string[]): number {
  for (let i = 0; i + key.length <= tokens.length; i++) if (seqAt(tokens, key, i)) return i;
  return -1;
}

/** Provinces named in the question by whole tokens ("ninh binh", "Hanoi"), with the token spans they take. */
export function provincesIn(folded: string[]): { names: string[]; taken: Set<number> } {
  const names: string[] = [];
  const taken = new Set<number>();
  for (const p of PROVINCE_KEYS) {
    for (let i = 0; i + p.tokens.length <= folded.length; i++) {
      if (!seqAt(folded, p.tokens, i) || [...Array(p.tokens.length).keys()].some((k) => taken.has(i + k))) continue;
      for (let k = 0; k < p.tokens.length; k++) taken.add(i + k);
      if (!names.includes(p.name)) names.push(p.name);
    }
  }
  return { names, taken };
}

/**
 * People the question names, linked by whole tokens to names the reports
 * write: the people the facts know, and the names in the passages that hold
 * the question's words (so accentless, lower-case names still link). A name
 * links only when all its syllables stand together in the question, outside
 * any province.
 */
export function linkPeople(corpus: Corpus, hits: Hit[], folded: string[], taken: Set<number>): LinkedPerson[] {
  const known = knownPeople(corpus);
  const candidates = new Map<string, string>();
  // Only names whose first syllable the question has: a lookup, not a loop over everyone.
  for (const w of new Set(folded)) for (const [key, name] of known.get(w) ?? []) candidates.set(key, name);
  for (const h of hits.slice(0, LIMITS.personSearchPassages)) {
    const p: Passage | undefined = corpus.passages.get(h.ref);
    if (p) for (const n of passageNames(p)) candidates.set(foldKey(n), n);
  }
  const out: LinkedPerson[] = [];
  for (const [key, name] of candidates) {
    const parts = key.split(' ');
    if (parts.length < 2) continue;
    const at = indexOfSeq(folded, parts);
    if (at < 0) continue;
    // A two-syllable "name" inside a province or a longer name is not a person ("Ninh Bình", "Văn Phong").
    if (parts.some((_, k) => taken.has(at + k))) continue;
    out.push({ name, key: parts });
  }
  // Keep the longest names: "Phạm Quang Ngọc" over a stray "Quang Ngọc".
  return out.sort((a, b) => b.key.length - a.key.length).filter((p, i, all) => !all.slice(0, i).some((q) => indexOfSeq(q.key, p.key) >= 0));
}

const KNOWN = new WeakMap<Corpus, Map<string, [string, string][]>>();

/** The people the facts name, by the folded first syllable of their name (built once per corpus). */
function knownPeople(corpus: Corpus): Map<string, [string, string][]> {
  let m = KNOWN.get(corpus);
  if (m) return m;
  m = new Map();
  const seen = new Set<string>();
  for (const f of corpus.facts.values()) {
    for (const p of f.people) {
      const key = foldKey(p.name);
      if (seen.has(key)) continue;
      seen.add(key);
      const first = key.split(' ')[0];
      const list = m.get(first) ?? [];
      list.push([key, p.name]);
      m.set(first, list);
    }
  }
  KNOWN.set(corpus, m);
  return m;
}

const PASSAGE_NAMES = new WeakMap<Passage, string[]>();

function passageNames(p: Passage): string[] {
  let v = PASSAGE_NAMES.get(p);
  if (!v) PASSAGE_NAMES.set(p, (v = findNames(p.text).map((n) => n.name)));
  return v;
}
