/**
 * Every block of a report that can hold evidence, in reading order, cut into
 * sentences with their tokens: the headline, the lines above it (site name,
 * breadcrumbs — where a province is often named), body sentences and photo
 * captions. Each unit knows where it came from so an answer can quote it
 * verbatim and cite it.
 */
import type { Passage, Report } from '../model/report.ts';
import { LIMITS } from '../limits.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/normalize.ts';
import type { Token } from '../model/text.ts';
import { findNames, type NameMatch } from '../facts/people.ts';
import { findDates, type DayMonth } from '../text/dates.ts';
import { findNumbers, type ParsedNumber } from '../text/numbers.ts';

export type UnitRole = 'headline' | 'header' | 'body' | 'caption';

export interface TextUnit {
  doc: string;
  role: UnitRole;
  /** the body passage the sentence is in (null for headline, header and captions) */
  passage: Passage | null;
  /** offsets of the sentence in the passage text (or in `source` for other blocks) */
  start: number;
  end: number;
  text: string;
  /** the whole block the sentence was cut from */
  source: string;
  tokens: Token[];
  /** reading order within the report */
  order: number;
}

/**
 * Reports whose units (sentences with their tokens, and what is read from
 * them: names, dates, numbers, cues) stay materialised, least recently used
 * first. Bounded: at 10,000 reports every report's units were most of the
 * serving memory (bench: 2.1 GB RSS after 1,000 questions).
 */
const UNITS = new Map<Report, TextUnit[]>();

type Sentence = ReturnType<typeof splitSentences>[number];

/** Every sentence of a report's blocks, in reading order (without its body paragraphs: only the short blocks around them). */
export function eachSentence(r: Report, fn: (role: UnitRole, passage: Passage | null, sentence: Sentence, source: string) => void, withBody = true): void {
  const push = (role: UnitRole, passage: Passage | null, source: string) => {
    // Bullet lists ("- Cờ thi đua …: 25 đơn vị; …") are sentences of their own already; a semicolon list is cut further only when long.
    for (const sentence of splitSentences(source)) fn(role, passage, sentence, source);
  };
  if (!r.titleFromText) push('headline', null, r.title);
  for (const h of r.headerLines) push('header', null, h);
  if (withBody) for (const p of r.passages) push('body', p, p.text);
  for (const c of r.captions) push('caption', null, c);
}

/** A report's units when they are kept (nothing is computed). */
export function keptUnits(r: Report): TextUnit[] | undefined {
  return UNITS.get(r);
}

/** A report's units, computed once per report object (a reload makes new objects). */
export function reportUnits(r: Report): TextUnit[] {
  let units = UNITS.get(r);
  if (units) {
    UNITS.delete(r);
    UNITS.set(r, units);
    return units;
  }
  const made: TextUnit[] = [];
  eachSentence(r, (role, passage, sentence, source) => {
    made.push({
      doc: r.id,
      role,
      passage,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      source,
      tokens: tokenize(sentence.text),
      order: made.length,
    });
  });
  units = made;
  UNITS.set(r, units);
  if (UNITS.size > LIMITS.materialisedReports) UNITS.delete(UNITS.keys().next().value as Report);
  return units;
}

/** True when the folded token sequence stands in the tokens. */
export function hasSequence(tokens: Token[], key: string[]): number {
  outer: for (let i = 0; i + key.length <= tokens.length; i++) {
    for (let k = 0; k < key.length; k++) if (tokens[i + k].folded !== key[k]) continue outer;
    return i;
  }
  return -1;
}

/** The years a report is about, as far as its metadata knows: the reviewed year, else the meeting's year, plus a congress term. */
export function periodYears(r: Report): number[] {
  const out: number[] = [];
  if (r.coveredYear !== null) out.push(r.coveredYear);
  else if (r.date.year !== null) out.push(r.date.year);
  else if (r.headerDate) out.push(Number(r.headerDate.slice(0, 4)));
  if (r.term) {
    const [a, b] = r.term.split('-').map(Number);
    // A congress opens its term: it is about the term's first year (and reports on the term before).
    if (r.kind === 'congress') out.push(a);
    else for (let y = a; y <= b; y++) out.push(y);
  }
  return out;
}

/**
 * The best date a report offers for ordering meetings: the meeting's, else the
 * page's, else the year it reviews; null when none is known. Meetings with none
 * sort as the newest, so a long answer never cuts them first for lack of a date.
 */
export function sortDate(r: Report): string | null {
  return r.date.iso ?? r.headerDate ?? (r.coveredYear !== null ? `${r.coveredYear}-12-31` : null);
}

/** Oldest first; undated meetings last (kept when a list is cut to its latest). */
export function byDate(a: Report, b: Report): number {
  const x = sortDate(a);
  const y = sortDate(b);
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x.localeCompare(y);
}

// What a sentence states does not change between questions: names, dates and numbers are read once per sentence.
const NAMES = new WeakMap<TextUnit, NameMatch[]>();
const DATES = new WeakMap<TextUnit, DayMonth[]>();
const NUMBERS = new WeakMap<TextUnit, ParsedNumber[]>();

export function unitNames(u: TextUnit): NameMatch[] {
  let v = NAMES.get(u);
  if (!v) NAMES.set(u, (v = findNames(u.text)));
  return v;
}

export function unitDates(u: TextUnit): DayMonth[] {
  let v = DATES.get(u);
  if (!v) DATES.set(u, (v = findDates(u.text)));
  return v;
}

export function unitNumbers(u: TextUnit): ParsedNumber[] {
  let v = NUMBERS.get(u);
  if (!v) NUMBERS.set(u, (v = findNumbers(u.text)));
  return v;
}
