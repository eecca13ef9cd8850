/** What the engine hands a front end: the answer, its lines with their sources, and the citations they cite. */
import type { Lang } from './report.ts';

export interface Citation {
  n: number;
  doc: string;
  title: string;
  date: string | null;
  paragraph: number;
  snippet: string;
}

export type Intent = 'attendees' | 'chair' | 'count-reports' | 'figure' | 'date' | 'byline' | 'person' | 'list-reports' | 'search' | 'help' | 'invalid';

export interface Answer {
  question: string;
  intent: Intent;
  lang: Lang;
  found: boolean;
  answer: string;
  citations: Citation[];
}

/** 'computed': a change worked out from two quoted figures — the only number an answer may hold that no passage quotes. */
export type LineSource = 'passage' | 'corpus' | 'meta' | 'computed';

export interface AnswerLine {
  text: string;
  source: LineSource;
}

export interface DetailedAnswer extends Answer {
  /** the answer split into lines, each saying where its facts come from (for the grounding check) */
  lines: AnswerLine[];
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
  /** figures: every figure of the selected reports, whatever the question names */
  allFigures?: boolean;
}
