/** A report as the parser reads it: its passages, date, kind, place and the spans facts point at. */

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
  /** where the report was published, when it says so ("Nguồn: https://…", front matter `source:`, an address alone on a line) */
  source: string | null;
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
