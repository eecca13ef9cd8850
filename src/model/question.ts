/** A question as read: the intent, the soft constraints and the words the answerers use. */
import type { Intent } from './answer.ts';
import type { FigureCategory } from './facts.ts';
import type { Hit, ParsedQuery } from './query.ts';
import type { Lang, MeetingKind } from './report.ts';
import type { Token } from './text.ts';
import type { UnitGroup } from './vocabulary.ts';

export type Office = 'ubnd' | 'tinh-uy' | 'hdnd';

export type RoleFocus = 'all' | 'speaker' | 'presenter' | 'recipient';

export interface Understanding {
  intent: Intent;
  lang: Lang;
  /** the question, trimmed and cut to a sane length */
  text: string;
  folded: string;
  year: number | null;
  term: string | null;
  kind: MeetingKind | null;
  office: Office | null;
  province: string | null;
  /** for figures: which categories are asked about (empty = any) */
  categories: FigureCategory[];
  /** "how many documents" with no verb: also say how many reports there are */
  alsoCountReports: boolean;
  roleFocus: RoleFocus;
  /** "the latest congress", "the first conference" */
  relative: 'latest' | 'earliest' | null;
  /** "the meeting chaired by X": the person named selects meetings they chaired */
  chairedBy: boolean;
}

/**
 * A question a command states in fields rather than words (/who-attended,
 * /how-many): the intent is the command's, never guessed, and nothing is
 * rewritten into an English sentence to be read again.
 */
export interface StatedQuestion {
  intent: 'attendees' | 'figure' | 'count-reports';
  /** what is counted, as typed or picked ("văn bản đến", "awards 2019"): read for figure kinds, units and selectors */
  what?: string;
  /** figure kinds picked from the suggestions (ids, not words) */
  categories?: FigureCategory[];
  /** one report only */
  doc?: string;
  /** answer in this language */
  lang?: Lang;
}

export type EvidenceIntent = 'attendees' | 'chair' | 'date' | 'byline' | 'count' | 'compare' | 'person' | 'which-report' | 'holder' | 'free';

export interface LinkedPerson {
  /** as a report spells it */
  name: string;
  /** folded tokens */
  key: string[];
}

export interface Question {
  u: Understanding;
  intent: EvidenceIntent;
  /** folded tokens of the question */
  tokens: Token[];
  query: ParsedQuery;
  /** folded content words, deduplicated */
  words: string[];
  years: number[];
  /** months named with "tháng N", "N/YYYY", or an English month name */
  months: number[];
  provinces: string[];
  people: LinkedPerson[];
  /** what "how many" counts: unit groups named in the question, nearest to the count cue first */
  units: UnitGroup[];
  /** "which year", "sinh năm nào": a year alone answers */
  asksYear: boolean;
  /** "who is X", "what title": the person's titles */
  asksTitle: boolean;
  /** official titles the question names ("Chủ tịch UBND tỉnh", "the Chief of the Office"), as folded words */
  titles: string[][];
  /** the tokens of the sentence that asks (a long message greets and explains first): what the fact's words are taken from */
  asking: Token[];
  /** the passages the index finds for the question's words, in Lunr's order (one search serves people and report candidates) */
  hits: Hit[];
}
