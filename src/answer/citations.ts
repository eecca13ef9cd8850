/**
 * Collecting citations while an answer is written: each fact span gets a
 * marker [n]; spans close together in one passage share a citation, and the
 * snippet is cut so that every cited span lies inside it.
 */
import type { Citation } from '../model/answer.ts';
import type { Passage, Report, Span } from '../model/report.ts';
import type { QueryTerm } from '../model/query.ts';
import { makeSnippet, type Focus } from '../search/snippet.ts';
import { LIMITS } from '../limits.ts';
import { restoreSpelling } from '../text/normalize.ts';

interface Pending {
  n: number;
  doc: string;
  paragraph: number;
  passage: Passage | null;
  /** text when the citation is not a body passage (the byline) */
  text: string;
  focus: Focus;
  highlights: Focus[];
}

/** Two spans of one passage within this many characters share one quote (one marker) rather than two overlapping ones. */
const MERGE_WITHIN = 450;
/** More parts than a split paragraph can have (a paragraph is split into parts of the passage size limit). */
const MAX_PARTS = 50;
/** Context kept around a quote longer than the snippet size, so it never starts or ends on its own first or last word. */
const QUOTE_MARGIN = 40;

export class CitationList {
  private items: Pending[] = [];
  /** the items citing each passage: a long answer over one big report stays linear, not a search of every item per cite */
  private byPassage = new Map<Passage, Pending[]>();

  constructor(
    private reports: Map<string, Report>,
    private passages: Map<string, Passage>,
    private terms: QueryTerm[] = [],
  ) {}

  private passageOf(span: Span): Passage | null {
    // The span names its part of a split paragraph: offsets are within that part.
    if (span.passage) {
      const part = this.passages.get(span.passage);
      if (part) return part;
    }
    const direct = this.passages.get(`${span.doc}#${span.paragraph}`);
    if (direct && direct.text.length >= span.end) return direct;
    // A split paragraph: find the part the span lies in.
    for (let k = 1; k < MAX_PARTS; k++) {
      const part = this.passages.get(`${span.doc}#${span.paragraph}.${k}`);
      if (!part) break;
      if (part.text.length >= span.end) return part;
    }
    return direct ?? null;
  }

  /** Cite a passage span (with optional spans to bold inside it); returns its marker number. */
  cite(span: Span, highlights: Focus[] = []): number {
    const passage = this.passageOf(span);
    if (!passage) return this.citeText(span.doc, span.paragraph, '');
    for (const it of this.byPassage.get(passage) ?? []) {
      const start = Math.min(it.focus.start, span.start);
      const end = Math.max(it.focus.end, span.end);
      if (end - start <= MERGE_WITHIN) {
        it.focus = { start, end };
        it.highlights.push(...highlights);
        return it.n;
      }
    }
    return this.add({
      doc: span.doc,
      paragraph: span.paragraph,
      passage,
      text: passage.text,
      focus: { start: span.start, end: span.end },
      highlights: [...highlights],
    });
  }

  /** Cite a span of a passage given directly (evidence found in that very passage object). */
  citeIn(passage: Passage, start: number, end: number): number {
    return this.cite({ doc: passage.doc, passage: passage.id, paragraph: passage.paragraph, start, end }, [{ start, end }]);
  }

  /** Cite a whole passage (search results), centred on the query's matches. */
  citePassage(passage: Passage): number {
    const existing = this.byPassage.get(passage)?.[0];
    if (existing) return existing.n;
    return this.add({ doc: passage.doc, paragraph: passage.paragraph, passage, text: passage.text, focus: { start: -1, end: -1 }, highlights: [] });
  }

  /** Number a new citation and index it by its passage. */
  private add(fields: Omit<Pending, 'n'>): number {
    const item: Pending = { n: this.items.length + 1, ...fields };
    this.items.push(item);
    if (item.passage) {
      const list = this.byPassage.get(item.passage);
      if (list) list.push(item);
      else this.byPassage.set(item.passage, [item]);
    }
    return item.n;
  }

  /** Cite a line that is not a body passage (the byline), quoted whole. */
  citeText(doc: string, paragraph: number, text: string): number {
    const existing = this.items.find((it) => it.doc === doc && it.paragraph === paragraph && it.passage === null && it.text === text);
    if (existing) return existing.n;
    return this.add({ doc, paragraph, passage: null, text, focus: { start: 0, end: text.length }, highlights: [{ start: 0, end: text.length }] });
  }

  get size(): number {
    return this.items.length;
  }

  finish(): Citation[] {
    return this.items.map((it) => {
      const report = this.reports.get(it.doc);
      const size = Math.max(LIMITS.snippetChars, it.focus.end - it.focus.start + QUOTE_MARGIN);
      const focus = it.focus.start < 0 ? undefined : it.focus;
      return {
        n: it.n,
        doc: it.doc,
        title: report?.title ?? it.doc,
        date: report?.date.iso ?? null,
        paragraph: it.paragraph,
        // Fact citations bold the facts themselves; search citations bold the query's words.
        snippet: restoreSpelling(makeSnippet(it.text, it.highlights.length ? [] : this.terms, focus, size, it.highlights), report?.spellings),
        ...(report?.source ? { url: report.source } : {}),
      };
    });
  }
}

/** The reports an answer cites, each once, in citation order (the first is the one it is about). */
export function citedReports(answer: { citations: { doc: string }[] }): string[] {
  return [...new Set(answer.citations.map((c) => c.doc))];
}
