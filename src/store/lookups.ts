/**
 * Per-corpus lookup tables, built once per loaded corpus (not once per
 * question: at 10,000 reports these loops cost more than the search).
 */
import type { FigureFact } from '../model/facts.ts';
import type { Report } from '../model/report.ts';
import type { Corpus } from './load.ts';
import { foldKey } from '../text/normalize.ts';

export interface CorpusLookups {
  reportsById: Map<string, Report>;
  figuresByCategory: Map<string, FigureFact[]>;
  figuresByUnitWord: Map<string, FigureFact[]>;
  /** every person named in the reports: name, folded full name, folded last two syllables */
  people: { name: string; full: string; tail: string | null }[];
}

const LOOKUPS = new WeakMap<Corpus, CorpusLookups>();
const BY_ID = new WeakMap<Corpus, Map<string, Report>>();

/** Reports by id. */
export function reportsById(corpus: Corpus): Map<string, Report> {
  let m = BY_ID.get(corpus);
  if (!m) BY_ID.set(corpus, (m = new Map(corpus.reports.map((r) => [r.id, r]))));
  return m;
}

const PASSAGE_REPORTS = new WeakMap<Corpus, Int32Array>();

/** For each passage number of the corpus's index, the number of its report in corpus.reports (-1: none). */
export function passageReports(corpus: Corpus): Int32Array {
  let m = PASSAGE_REPORTS.get(corpus);
  if (!m) {
    const number = new Map(corpus.reports.map((r, i) => [r.id, i]));
    const refs = corpus.index.refs;
    m = new Int32Array(refs.length);
    for (let n = 0; n < refs.length; n++) m[n] = number.get(corpus.passages.get(refs[n])?.doc ?? '') ?? -1;
    PASSAGE_REPORTS.set(corpus, m);
  }
  return m;
}

/** Units' words by unit as written: a corpus writes a few hundred units over hundreds of thousands of figures. */
const UNIT_WORDS = new Map<string, string[]>();

/** The folded words of a figure's unit ("văn bản đến" → van, ban, den), each once. */
export function unitWords(f: FigureFact): string[] {
  let words = UNIT_WORDS.get(f.unit);
  if (!words) {
    words = [
      ...new Set(
        foldKey(f.unit)
          .split(/[^a-z0-9]+/)
          .filter(Boolean),
      ),
    ];
    if (UNIT_WORDS.size > 100_000) UNIT_WORDS.clear(); // odd units in odd reports: never unbounded
    UNIT_WORDS.set(f.unit, words);
  }
  return words;
}

/** Figures by category and by unit word, and the people the reports name. */
export function lookups(corpus: Corpus): CorpusLookups {
  let l = LOOKUPS.get(corpus);
  if (!l) {
    const names = new Set<string>();
    for (const f of corpus.facts.values()) for (const p of f.people) names.add(p.name);
    const figuresByCategory = new Map<string, FigureFact[]>();
    const figuresByUnitWord = new Map<string, FigureFact[]>();
    for (const r of corpus.reports) {
      for (const f of corpus.facts.get(r.id)?.figures ?? []) {
        const byCat = figuresByCategory.get(f.category) ?? [];
        byCat.push(f);
        figuresByCategory.set(f.category, byCat);
        for (const w of unitWords(f)) {
          const list = figuresByUnitWord.get(w) ?? [];
          list.push(f);
          figuresByUnitWord.set(w, list);
        }
      }
    }
    passageReports(corpus); // built now too, not by the first question that needs it
    l = {
      figuresByCategory,
      figuresByUnitWord,
      reportsById: reportsById(corpus),
      people: [...names].map((name) => {
        const parts = foldKey(name).split(' ');
        return { name, full: parts.join(' '), tail: parts.length >= 3 ? parts.slice(-2).join(' ') : null };
      }),
    };
    LOOKUPS.set(corpus, l);
  }
  return l;
}
