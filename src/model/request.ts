/**
 * What a front end asks the engine for, as plain data: it crosses a thread
 * boundary (the answer thread) and is kept on disk (a button's state), so it
 * holds the user's request, never anything computed from it.
 */
import type { FigureCategory } from './facts.ts';
import type { Lang } from './report.ts';

export type AnswerRequest =
  /** `doc`: about that report only; `assumed`: what a follow-up took from the previous question, said first in the answer */
  | { kind: 'ask'; question: string; lang?: Lang; doc?: string; assumed?: string }
  | { kind: 'search'; query: string; limit?: number; lang?: Lang }
  | { kind: 'stated'; intent: 'attendees' | 'figure' | 'count-reports'; what?: string; categories?: FigureCategory[]; doc?: string; lang?: Lang }
  | { kind: 'report'; doc: string; lang: Lang }
  /** a figure across years and offices; `office`: words the reports must hold; `from`/`to`: years */
  | { kind: 'trend'; what: string; office?: string; from?: number; to?: number; lang?: Lang };
