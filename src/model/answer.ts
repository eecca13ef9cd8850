/** What the engine hands a front end: the answer, its lines with their sources, and the citations they cite. */
import type { Lang } from './report.ts';

export interface Citation {
  n: number;
  doc: string;
  title: string;
  date: string | null;
  paragraph: number;
  snippet: string;
  /** the report's published address, when it gives one */
  url?: string;
}

export type Intent = 'attendees' | 'chair' | 'count-reports' | 'figure' | 'date' | 'byline' | 'person' | 'list-reports' | 'search' | 'help' | 'invalid';

/** 'computed': a change worked out from two quoted figures — the only number an answer may hold that no passage quotes. */
export type LineSource = 'passage' | 'corpus' | 'meta' | 'computed';

/**
 * How a line is shown: a meeting's heading (bold), a fact or list item (a
 * bullet), a reading of the item above (indented: names with titles, a date
 * with its year), or a note (plain). The renderers decide what that looks
 * like; the text holds no markup.
 */
export type LineKind = 'heading' | 'item' | 'reading' | 'note';

export interface AnswerLine {
  kind: LineKind;
  /** the line's words, without markup or citation markers */
  text: string;
  /** a leading part shown strongly (a report's title in a list of reports) */
  emphasis?: string;
  /** after a heading, shown plainly (the province, when the headline does not name it) */
  detail?: string;
  /** the citations this line's facts come from, by number */
  cites: number[];
  source: LineSource;
}

/** One plotted value: a figure a report states, with the citation that quotes it. */
export interface ChartPoint {
  /** the period, as shown on the axis ("2019", "2015–2020") */
  x: string;
  /** the period's first year, for ordering */
  order: number;
  /** whose figure it is (the office, else the province) */
  series: string;
  value: number;
  /** the figure as the report writes it */
  raw: string;
  /** the citation whose snippet quotes it */
  cite: number;
}

/** A figure across periods and offices: every point is quoted by its citation, none is computed. */
export interface Chart {
  title: string;
  /** what is counted, as asked */
  what: string;
  points: ChartPoint[];
}

/** What the answerers produce: the answer as lines, and the citations the lines cite. */
export interface AnswerResult {
  question: string;
  intent: Intent;
  lang: Lang;
  found: boolean;
  lines: AnswerLine[];
  citations: Citation[];
  /** a trend's values, to draw (/trend, "… over the years") */
  chart?: Chart;
}

/** What the engine hands a front end: the lines, and the same answer as one text (JSON output, logs). */
export interface Answer extends AnswerResult {
  /** the lines as text: headings in **bold**, items after "• ", each line's markers [n] at its end */
  answer: string;
  /** the chart drawn (PNG), where answers are made for a front end that shows pictures (answer-thread.ts) */
  picture?: { png: Uint8Array; width: number; height: number };
}

export interface AskOptions {
  /** answer about this report only (a report id) */
  doc?: string;
  /** treat the text as a search, whatever it looks like */
  search?: boolean;
  /** how many search results */
  limit?: number;
  /** answer in this language (e.g. a Discord user's locale) */
  lang?: 'en' | 'vi';
  /** answer from the structured facts, meeting by meeting (/who-attended, /how-many): the commands' own listing */
  structured?: boolean;
  /** what a follow-up took from the question before it: said first in the answer */
  assumed?: string;
  /** figures: every figure of the selected reports, whatever the question names */
  allFigures?: boolean;
}
