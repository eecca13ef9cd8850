/** The shapes that cross module boundaries, defined once. */

export type MeetingKind = 'conference' | 'congress' | 'session' | 'meeting';
export type DateCertainty = 'stated' | 'header' | 'inferred-from-reviewed-year' | 'unknown';
export type Lang = 'en' | 'vi';

export interface MeetingDate {
  iso: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  /** as written in the text, e.g. "Chiều 10-1" */
  raw: string | null;
  certainty: DateCertainty;
  /** passage the date was read from (1-based), if any */
  paragraph: number | null;
}

export interface Passage {
  /** `${doc}#${paragraph}` */
  id: string;
  doc: string;
  /** 1-based, in reading order over body paragraphs */
  paragraph: number;
  text: string;
}

export interface Report {
  /** file name, e.g. "000_6d895bf5996cf546.txt" */
  id: string;
  title: string;
  /** true when the title was made from the first sentence */
  titleFromText: boolean;
  headerDate: string | null;
  /** the page's date line as written ("15:37, 11/03/2016"): a publication date, not the meeting's */
  headerDateLine: string | null;
  /** lines above the headline: site name, breadcrumbs, section labels (where a province is often named) */
  headerLines: string[];
  date: MeetingDate;
  kind: MeetingKind;
  /** "2020-2025" for a congress term */
  term: string | null;
  /** where the headline-or-lead passage states the term */
  termSpan: Span | null;
  /** the year a review conference covers */
  coveredYear: number | null;
  /** where the lead states the covered year, when it does */
  coveredYearSpan: Span | null;
  office: string | null;
  province: string | null;
  byline: string | null;
  captions: string[];
  passages: Passage[];
  /** the file's own spelling of syllables normalised to one tone style ("uỷ" for "ủy"): quotes use it */
  spellings: Record<string, string>;
}

export interface Span {
  doc: string;
  /** the passage id, when a long paragraph was split into parts (the offsets are within that part) */
  passage?: string;
  paragraph: number;
  start: number;
  end: number;
}

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

export type FigureCategory =
  | 'documents-received'
  | 'documents-issued'
  | 'documents-processed'
  | 'documents'
  | 'meetings'
  | 'programme-items'
  | 'new-party-members'
  | 'party-members'
  | 'awards'
  | 'party-cells'
  | 'people'
  | 'percent'
  | 'other';

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

export interface Citation {
  n: number;
  doc: string;
  title: string;
  date: string | null;
  paragraph: number;
  snippet: string;
}

export type Intent =
  | 'attendees'
  | 'chair'
  | 'count-reports'
  | 'figure'
  | 'date'
  | 'byline'
  | 'person'
  | 'list-reports'
  | 'search'
  | 'help'
  | 'invalid';

export interface Answer {
  question: string;
  intent: Intent;
  lang: Lang;
  found: boolean;
  answer: string;
  citations: Citation[];
}
