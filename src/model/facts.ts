/** What the extractors read out of a report: people with roles, groups, figures, each with the span it came from. */
import type { Span } from './report.ts';

export type PersonRole = 'attendee' | 'chair' | 'speaker' | 'presenter' | 'recipient';

export interface PersonFact {
  type: 'person';
  role: PersonRole;
  name: string;
  title: string | null;
  /** for presenters/recipients: what was given */
  detail: string | null;
  span: Span;
  /** a further passage that shows the role when the name stands elsewhere ("the Secretary spoke") */
  evidence?: Span;
}

export interface GroupFact {
  type: 'group';
  role: 'attendee' | 'recipient';
  name: string;
  span: Span;
}

/** The kinds of figure, as a list (for validating stored data) and as a type. */
export const FIGURE_CATEGORIES = [
  'documents-received',
  'documents-issued',
  'documents-processed',
  'documents',
  'meetings',
  'programme-items',
  'new-party-members',
  'party-members',
  'awards',
  'party-cells',
  'people',
  'percent',
  'other',
] as const;

export type FigureCategory = (typeof FIGURE_CATEGORIES)[number];

/** The kinds of figure offered to people, in the order they are listed (/how-many's suggestions, "did you mean"). */
export const OFFERED_KINDS: FigureCategory[] = [
  'documents-received',
  'documents-issued',
  'documents-processed',
  'documents',
  'meetings',
  'programme-items',
  'new-party-members',
  'party-members',
  'awards',
  'party-cells',
];

export interface FigureFact {
  type: 'figure';
  category: FigureCategory;
  value: number;
  /** denominator of a ratio ("140/145") */
  of: number | null;
  qualifier: string | null;
  /** unit noun phrase as written ("văn bản đi", "cuộc họp") */
  unit: string;
  /** number and unit as written */
  raw: string;
  /** year or term the figure refers to */
  year: number | null;
  term: string | null;
  /** where the text states the year or term the figure refers to */
  yearSpan: Span | null;
  /** the term is the one before the congress's own ("nhiệm kỳ qua"): shown relative to it */
  previousTerm: boolean;
  change: { direction: 'up' | 'down' | 'over-target'; percent: number; against: string | null; raw: string } | null;
  span: Span;
}

export type Fact = PersonFact | GroupFact | FigureFact;

export interface ReportFacts {
  doc: string;
  people: PersonFact[];
  groups: GroupFact[];
  figures: FigureFact[];
}
