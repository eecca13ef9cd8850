/**
 * Turning one report's text into its parts: title, header date, meeting date,
 * kind, term, office, province, byline, captions and body passages.
 * Heuristics are written for the genre (scraped provincial news pages), not
 * for particular files.
 */
import type { MeetingKind, Passage, Report, Span } from '../model/report.ts';
import { isoDate, parseHeaderDate, type DayMonth } from '../text/dates.ts';
import { LIMITS } from '../limits.ts';
import { TERM_RE } from '../text/dates.ts';
import { detectKind, detectTerm, detectCoveredYear, detectOffice, detectProvince, resolveMeetingDate } from './detect-meeting.ts';
import {
  isJunkLine,
  RELATED_MARK,
  toUnits,
  wordCount,
  isParagraphLike,
  looksLikeByline,
  cleanByline,
  stripEnd,
  isCaption,
  splitLongParagraph,
  firstSentence,
  shortTitle,
} from './line-shapes.ts';
import { sourceAddress } from './source-link.ts';

/** The lines above the body: the header date (the first one found) and the rest (site labels, headline, byline). */
interface Head {
  pre: string[];
  headerDate: DayMonth | null;
  headerDateLine: string | null;
  bodyStart: number;
}

function readHead(units: string[]): Head {
  const head: Head = { pre: [], headerDate: null, headerDateLine: null, bodyStart: 0 };
  let i = 0;
  for (; i < units.length; i++) {
    const u = units[i];
    if (isParagraphLike(u)) break;
    if (isJunkLine(u)) continue;
    const hd = parseHeaderDate(u);
    if (hd) {
      if (!head.headerDate) {
        head.headerDate = hd;
        head.headerDateLine = u;
      }
      continue;
    }
    head.pre.push(u);
  }
  if (i === units.length) {
    // No paragraph-shaped line at all: treat every remaining unit as body.
    i = units.findIndex((u) => !isJunkLine(u) && !parseHeaderDate(u) && u !== head.pre[head.pre.length - 1]);
    if (i < 0) i = units.length;
  }
  head.bodyStart = i;
  return head;
}

/** The body without related-article lists and trailing junk, and the byline taken from its end. */
function cutBody(units: string[]): { body: string[]; byline: string | null } {
  let body = units;
  // "Tin liên quan", "Bài viết liên quan"…: what follows is other articles' headlines, not this report.
  const related = body.findIndex((u, k) => k > 0 && RELATED_MARK.test(u.trim()));
  if (related > 0) body = body.slice(0, related);
  while (body.length && isJunkLine(body[body.length - 1])) body = body.slice(0, -1);
  // The byline: among the short lines that close the body (photo credits, captions), the last name-shaped one.
  let byline: string | null = null;
  for (let k = body.length - 1; k >= Math.max(1, body.length - LIMITS.bylineSearchLines); k--) {
    const u = body[k];
    if (isParagraphLike(u)) break;
    if (isJunkLine(u) || !looksLikeByline(u)) continue;
    byline = cleanByline(u);
    body = [...body.slice(0, k), ...body.slice(k + 1)];
    break;
  }
  while (body.length && isJunkLine(body[body.length - 1])) body = body.slice(0, -1);
  return { body, byline };
}

/** Captions (each once) apart from paragraphs. */
function sortBody(body: string[]): { captions: string[]; paragraphs: string[] } {
  const captions: string[] = [];
  const captionKeys = new Set<string>();
  const paragraphs: string[] = [];
  for (const u of body) {
    if (isJunkLine(u)) continue;
    const key = stripEnd(u);
    if (captionKeys.has(key)) continue; // the same caption again, with a full stop
    if (isCaption(u)) {
      captionKeys.add(key);
      captions.push(u.replace(/\.$/, ''));
      continue;
    }
    paragraphs.push(u);
  }
  return { captions, paragraphs };
}

/** Passages with their own ids: "doc#3", or "doc#3.2" for the second piece of a long paragraph. */
function toPassages(id: string, paragraphs: string[]): Passage[] {
  const passages: Passage[] = [];
  paragraphs.forEach((p, idx) => {
    const parts = splitLongParagraph(p);
    parts.forEach((part, k) => {
      const paragraph = idx + 1;
      passages.push({ id: parts.length > 1 ? `${id}#${paragraph}.${k + 1}` : `${id}#${paragraph}`, doc: id, paragraph, text: part });
    });
  });
  return passages;
}

/** A byline may stand above the body, but only with a byline's own prefix ("Tin, ảnh: …"): bare capitalised lines there are site headers. */
function bylineAbove(pre: string[]): string | null {
  const top = pre.find((u) => /^(tin|bài|theo|nhóm)/iu.test(u.trim()) && /[:\-–]/u.test(u) && looksLikeByline(u));
  return top ? cleanByline(top) : null;
}

/** The term ("nhiệm kỳ 2020-2025") and the year reviewed, each with where the lead says it. */
function termAndYear(id: string, headline: string | null, kind: MeetingKind, passages: Passage[]) {
  const first = passages[0];
  const lead = first?.text ?? '';
  const term = detectTerm(`${headline ?? ''}\n${lead}`);
  const termAt = term && first ? first.text.search(TERM_RE) : -1;
  const termSpan: Span | null =
    termAt >= 0 ? { doc: id, paragraph: first.paragraph, start: termAt, end: termAt + (TERM_RE.exec(first.text)?.[0].length ?? 0) } : null;
  const covered = kind === 'congress' ? null : detectCoveredYear(headline ?? '', firstSentence(lead));
  const coveredYearSpan: Span | null =
    covered && covered.inLead !== null && first ? { doc: id, paragraph: first.paragraph, start: covered.inLead, end: covered.inLead + 4 } : null;
  return { term, termSpan, coveredYear: covered?.year ?? null, coveredYearSpan };
}

/** Parse one report. `id` is the file name; `text` is already normalised. */
export function parseReport(id: string, text: string, spellings: Record<string, string> = {}): Report {
  const units = toUnits(text);
  const { pre, headerDate, headerDateLine, bodyStart } = readHead(units);
  const cut = cutBody(units.slice(bodyStart));
  const { captions, paragraphs } = sortBody(cut.body);
  const passages = toPassages(id, paragraphs);
  const byline = cut.byline ?? bylineAbove(pre);
  // Headline: the last pre-body line with some words ("Trong nước" is a section label).
  const headline = [...pre].reverse().find((u) => wordCount(u) >= 4 && !looksLikeByline(u)) ?? null;
  const lead = passages[0]?.text ?? '';
  const kind = detectKind(headline ?? '', lead);
  const { term, termSpan, coveredYear, coveredYearSpan } = termAndYear(id, headline, kind, passages);
  const topText = [headline ?? '', ...passages.slice(0, 2).map((p) => p.text)].join('\n');
  return {
    id,
    title: headline ?? (lead ? shortTitle(lead) : id),
    titleFromText: headline === null,
    headerDate: headerDate?.year ? isoDate(headerDate.year, headerDate.month, headerDate.day) : null,
    headerDateLine: headerDate?.year ? headerDateLine : null,
    headerLines: pre.filter((u) => u !== headline && !isJunkLine(u)),
    date: resolveMeetingDate(passages, headerDate, coveredYear),
    kind,
    term,
    termSpan,
    coveredYear,
    coveredYearSpan,
    office: detectOffice(topText) ?? detectOffice(text),
    province: detectProvince(topText) ?? detectProvince(text),
    byline,
    source: sourceAddress(units),
    captions,
    passages,
    spellings,
  };
}
