/**
 * Turning one report's text into its parts: title, header date, meeting date,
 * kind, term, office, province, byline, captions and body passages.
 * Heuristics are written for the genre (scraped provincial news pages), not
 * for particular files.
 */
import type { MeetingDate, MeetingKind, Passage, Report, Span } from '../model/report.ts';
import { findDates, findYears, isoDate, parseHeaderDate, type DayMonth } from '../text/dates.ts';
import { foldKey } from '../text/normalize.ts';
import provinces from '../lexicon/data/provinces.json' with { type: 'json' };
import { LIMITS } from '../limits.ts';
import { bylineName } from '../lexicon/lexicon.ts';

const JUNK_LINE =
  /^(bài mới đăng|top|lên đầu trang|về đầu trang|tin liên quan|tin mới|tin cùng chuyên mục|tin khác|các tin khác|bài liên quan|xem thêm|chia sẻ|in bài|gửi bài|bình luận|quay lại|trở về|trang chủ|share|print|tweet|like|email|bản in|phản hồi|ý kiến bạn đọc|từ khóa|tags?|facebook|zalo|twitter|theo dõi|lượt xem|cỡ chữ|font|nguồn ảnh|\d+\s+lượt xem|a-\s*a\+)(?![\p{L}\p{N}]).{0,40}$/iu;

/** Lines that carry no content: lone dots, rules, navigation labels. */
export function isJunkLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (/^(https?:\/\/|www\.)\S+$/iu.test(t)) return true;
  if (/^[\s.…·•*_\-–—|=~#>]+$/u.test(t)) return true;
  if (t.length <= 60 && JUNK_LINE.test(t)) return true;
  if (TAG_LINE.test(t)) return true;
  return false;
}

const RELATED_MARK =
  /^(tin liên quan|bài liên quan|bài viết liên quan|tin cùng chuyên mục|các tin khác|tin khác|xem thêm|đọc thêm|tin bài liên quan|tin, bài liên quan|tin đã đưa|bài đã đưa|tin mới hơn|tin cũ hơn)\s*:?\s*$/iu;
// Tag and keyword lines, however long: "TAGS: Huy hiệu Đảng | …", "Từ khóa: …".
const TAG_LINE = /^(tags?|từ khóa|từ khoá|chủ đề)\s*:/iu;

const SENTENCE_END = /[.!?…:;"”»)]$/u;

/** Split text into lines, joining a line that was wrapped mid-sentence to the next. */
function toUnits(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim());
  const units: string[] = [];
  let prevBlank = true;
  for (const line of lines) {
    if (line === '') {
      prevBlank = true;
      continue;
    }
    const last = units[units.length - 1];
    // A wrapped line continues a sentence: previous line has no end mark and this one starts in lower case.
    if (!prevBlank && last !== undefined && !SENTENCE_END.test(last) && /^\p{Ll}/u.test(line)) {
      units[units.length - 1] = `${last} ${line}`;
    } else {
      units.push(line);
    }
    prevBlank = false;
  }
  return units;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A body paragraph, as opposed to a headline, label or caption. */
function isParagraphLike(u: string): boolean {
  if (u.length >= 250) return true;
  const words = wordCount(u);
  if (words >= 8 && /[.!?…]["”»)]?$/u.test(u)) return true;
  if (words >= 12 && /[.!?…]\s+\p{Lu}/u.test(u)) return true;
  return false;
}

const UNNAMED_REPORTER = /^(PV|BTV|CTV|Phóng viên|Nhóm PV)\.?$/iu;

/** "Thu Hà (TTXVN)", "ĐỖ HOẠT", "H. NGA", "Tin, ảnh: Minh Anh" — not a photo credit, a site name or a headline. */
export function looksLikeByline(u: string): boolean {
  return UNNAMED_REPORTER.test(u.trim()) || bylineName(u) !== null;
}

function cleanByline(u: string): string {
  return UNNAMED_REPORTER.test(u.trim()) ? u.trim() : (bylineName(u) ?? u.trim());
}

const CAPTION_MARK = /^(ảnh\s*[:-]|\(ảnh)|\((ảnh|ảnh minh họa)[^)]*\)\.?$/iu;

function stripEnd(s: string): string {
  return foldKey(s.replace(/[.\s]+$/u, ''));
}

/** A photo caption: a short line without the shape of a paragraph. */
function isCaption(u: string): boolean {
  if (CAPTION_MARK.test(u) && u.length < 300) return true;
  if (u.length >= 220) return false;
  if (/[.!?…:;]["”»)]?$/u.test(u)) return false;
  if (/[.!?…]\s+\p{Lu}/u.test(u)) return false;
  return true;
}

/** Split a long paragraph at sentence ends into pieces of at most about `max` characters. */
export function splitLongParagraph(text: string, max: number = LIMITS.passageMaxChars): string[] {
  if (text.length <= max) return [text];
  const sentences = text.split(/(?<=[.!?…;])\s+(?=\p{Lu}|["“(])/u).flatMap((s) => hardSplit(s, max * 2));
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    if (cur && cur.length + 1 + s.length > max) {
      out.push(cur);
      cur = s;
    } else {
      cur = cur ? `${cur} ${s}` : s;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** A "sentence" with no end in sight (scraped text without punctuation) is cut at spaces. */
function hardSplit(s: string, max: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) cut = max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

const KIND_PATTERNS: [RegExp, MeetingKind][] = [
  [/(?<![\p{L}\p{N}])đại hội(?![\p{L}\p{N}])/u, 'congress'],
  [/(?<![\p{L}\p{N}])(phiên họp|kỳ họp|ky hop|phien hop)(?![\p{L}\p{N}])/u, 'session'],
  [/(?<![\p{L}\p{N}])(hội nghị|tổng kết|sơ kết)(?![\p{L}\p{N}])/u, 'conference'],
];

/** The kind of meeting: headline first, then what the lead says was held ("tổ chức Hội nghị…"). */
export function detectKind(title: string, lead: string): MeetingKind {
  const t = title.toLowerCase();
  for (const [re, kind] of KIND_PATTERNS) if (re.test(t)) return kind;
  const l = lead.toLowerCase();
  const held = /(?:tổ chức|khai mạc|diễn ra|tiến hành|họp)\s+(đại hội|hội nghị|phiên họp|kỳ họp|lễ tổng kết)/u.exec(l);
  if (held) return held[1] === 'đại hội' ? 'congress' : held[1] === 'hội nghị' || held[1] === 'lễ tổng kết' ? 'conference' : 'session';
  let best: { at: number; kind: MeetingKind } | null = null;
  for (const [re, kind] of KIND_PATTERNS) {
    const m = re.exec(l);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, kind };
  }
  return best?.kind ?? 'meeting';
}

const TERM_RE = /nhiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})/iu;

export function detectTerm(text: string): string | null {
  const m = TERM_RE.exec(text);
  return m ? `${m[1]}-${m[2]}` : null;
}

/**
 * The year a review conference covers: the first year in the headline or the
 * lead's first sentence that is not the year of a plan ("nhiệm vụ năm 2019").
 */
export function detectCoveredYear(title: string, leadSentence: string): { year: number; inLead: number | null } | null {
  for (const text of [leadSentence, title]) {
    for (const { year, start } of findYears(text)) {
      const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
      if (/(nhiệm vụ|phương hướng|định hướng|kế hoạch|triển khai|mục tiêu)[^,;]*$/u.test(before)) continue;
      if (/nhiệm kỳ\s*$/u.test(before) || /\d\s*[-–]\s*$/u.test(before)) continue;
      if (/\/\s*$/.test(before)) continue; // part of a date
      return { year, inLead: text === leadSentence ? start : null };
    }
  }
  return null;
}

const OFFICE_RE =
  /Văn [Pp]hòng\s+(?:Đoàn (?:ĐBQH|đại biểu Quốc hội) và )?(?:HĐND và UBND|HĐND|UBND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Huyện ủy|Đoàn ĐBQH|Đoàn đại biểu Quốc hội)(?:\s+(?:tỉnh|thành phố|huyện))?(?:\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})?/u;

/** The office that held the meeting: the most specific "Văn phòng …" the text names. */
export function detectOffice(text: string): string | null {
  let best: string | null = null;
  for (const m of text.matchAll(new RegExp(OFFICE_RE.source, 'gu'))) {
    const name = m[0].replace(/^Văn Phòng/u, 'Văn phòng').trim();
    if (best === null || name.length > best.length) best = name;
  }
  return best;
}

const PROVINCES = (provinces as string[]).map((p) => ({ name: p, key: foldKey(p) }));

/** A province named in the text, preferring ones introduced by "tỉnh", "Tỉnh ủy" or "thành phố". */
export function detectProvince(text: string): string | null {
  const folded = foldKey(text);
  let fallback: string | null = null;
  for (const { name, key } of PROVINCES) {
    const re = new RegExp(
      `(^|[^a-z0-9])((tinh uy|tinh|thanh pho|tp\\.?|uy ban nhan dan|ubnd|hdnd) )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`,
      'g',
    );
    for (const m of folded.matchAll(re)) {
      if (m[2]) return name;
      fallback ??= name;
    }
  }
  return fallback;
}

function dateFrom(d: DayMonth, year: number | null, certainty: MeetingDate['certainty'], paragraph: number | null): MeetingDate {
  return {
    iso: year !== null ? isoDate(year, d.month, d.day) : null,
    year,
    month: d.month,
    day: d.day,
    raw: d.raw.trim(),
    certainty: year !== null ? certainty : 'unknown',
    paragraph,
  };
}

/** Meeting date with its year: stated, else from the header date, else from the year reviewed. */
export function resolveMeetingDate(passages: Passage[], header: DayMonth | null, coveredYear: number | null): MeetingDate {
  for (const p of passages.slice(0, 2)) {
    const dates = findDates(p.text);
    const d = dates.find((x) => /^(sáng|chiều|tối|trưa|đêm|hôm|vào|ngày)/iu.test(x.raw)) ?? dates.find((x) => x.year !== null);
    // "Sáng nay (10/1)": the date is the bracketed part, the rest is how the text says it.
    if (!d) continue;
    if (d.year !== null) return dateFrom(d, d.year, 'stated', p.paragraph);
    if (header?.year) {
      // A report is published on or after its meeting: a December meeting in a January header is last year's.
      const year = d.month > header.month + 1 ? header.year - 1 : header.year;
      return dateFrom(d, year, 'header', p.paragraph);
    }
    if (coveredYear !== null) {
      // A conference reviewing year N is held late in N or early in N+1.
      return dateFrom(d, d.month >= 10 ? coveredYear : coveredYear + 1, 'inferred-from-reviewed-year', p.paragraph);
    }
    return dateFrom(d, null, 'unknown', p.paragraph);
  }
  return { iso: null, year: null, month: null, day: null, raw: null, certainty: 'unknown', paragraph: null };
}

function firstSentence(s: string): string {
  const m = /^(.+?[.!?…])(\s|$)/u.exec(s);
  return (m ? m[1] : s).trim();
}

/** A source tag at the start of a lead: "(ABO)", "LSO-", "(Baotintuc.vn) - ". */
const SOURCE_TAG = /^(?:\([^()]{2,30}\)\s*[-–—]?\s*|[A-ZĐ]{2,6}\s*[-–—]\s*)/u;

function shortTitle(s: string): string {
  const sentence = firstSentence(s.replace(SOURCE_TAG, ''));
  if (sentence.length <= 120) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, 117);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Parse one report. `id` is the file name; `text` is already normalised. */
export function parseReport(id: string, text: string, spellings: Record<string, string> = {}): Report {
  const units = toUnits(text);
  let headerDate: DayMonth | null = null;
  let headerDateLine: string | null = null;
  const pre: string[] = [];
  let i = 0;
  for (; i < units.length; i++) {
    const u = units[i];
    if (isParagraphLike(u)) break;
    if (isJunkLine(u)) continue;
    const hd = parseHeaderDate(u);
    if (hd) {
      if (!headerDate) {
        headerDate = hd;
        headerDateLine = u;
      }
      continue;
    }
    pre.push(u);
  }
  if (i === units.length) {
    // No paragraph-shaped line at all: treat every remaining unit as body.
    i = units.findIndex((u) => !isJunkLine(u) && !parseHeaderDate(u) && u !== pre[pre.length - 1]);
    if (i < 0) i = units.length;
  }
  let body = units.slice(i);
  // "Tin liên quan", "Bài viết liên quan"…: what follows is other articles' headlines, not this report.
  const related = body.findIndex((u, k) => k > 0 && RELATED_MARK.test(u.trim()));
  if (related > 0) body = body.slice(0, related);
  // Trailing junk, then a byline.
  while (body.length && isJunkLine(body[body.length - 1])) body.pop();
  // The byline: among the short lines that close the body (photo credits, captions), the last name-shaped one.
  let byline: string | null = null;
  for (let k = body.length - 1; k >= Math.max(1, body.length - LIMITS.bylineSearchLines); k--) {
    const u = body[k];
    if (isParagraphLike(u)) break;
    if (isJunkLine(u) || !looksLikeByline(u)) continue;
    byline = cleanByline(u);
    body.splice(k, 1);
    break;
  }
  while (body.length && isJunkLine(body[body.length - 1])) body.pop();

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

  const passages: Passage[] = [];
  paragraphs.forEach((p, idx) => {
    const parts = splitLongParagraph(p);
    parts.forEach((part, k) => {
      const paragraph = idx + 1;
      passages.push({ id: parts.length > 1 ? `${id}#${paragraph}.${k + 1}` : `${id}#${paragraph}`, doc: id, paragraph, text: part });
    });
  });

  // A byline may stand above the body instead of below it.
  if (byline === null) {
    // Above the body only with a byline's own prefix ("Tin, ảnh: …"): bare capitalised lines there are site headers.
    const top = pre.find((u) => /^(tin|bài|theo|nhóm)/iu.test(u.trim()) && /[:\-–]/u.test(u) && looksLikeByline(u));
    if (top) byline = cleanByline(top);
  }
  // Headline: the last pre-body line with some words ("Trong nước" is a section label).
  const headline = [...pre].reverse().find((u) => wordCount(u) >= 4 && !looksLikeByline(u)) ?? null;
  const lead = passages[0]?.text ?? '';
  const title = headline ?? (lead ? shortTitle(lead) : id);
  const kind = detectKind(headline ?? '', lead);
  const term = detectTerm(`${headline ?? ''}\n${lead}`);
  const termAt = term && passages[0] ? passages[0].text.search(TERM_RE) : -1;
  const termSpan: Span | null =
    termAt >= 0 ? { doc: id, paragraph: passages[0].paragraph, start: termAt, end: termAt + (TERM_RE.exec(passages[0].text)?.[0].length ?? 0) } : null;
  const covered = kind === 'congress' ? null : detectCoveredYear(headline ?? '', firstSentence(lead));
  const coveredYear = covered?.year ?? null;
  const coveredYearSpan =
    covered && covered.inLead !== null && passages[0] ? { doc: id, paragraph: passages[0].paragraph, start: covered.inLead, end: covered.inLead + 4 } : null;
  const date = resolveMeetingDate(passages, headerDate, coveredYear);
  const topText = `${headline ?? ''}\n${passages
    .slice(0, 2)
    .map((p) => p.text)
    .join('\n')}`;

  return {
    id,
    title,
    titleFromText: headline === null,
    headerDate: headerDate?.year ? isoDate(headerDate.year, headerDate.month, headerDate.day) : null,
    headerDateLine: headerDate?.year ? headerDateLine : null,
    headerLines: pre.filter((u) => u !== headline && !isJunkLine(u)),
    date,
    kind,
    term,
    termSpan,
    coveredYear,
    coveredYearSpan,
    office: detectOffice(topText) ?? detectOffice(text),
    province: detectProvince(topText) ?? detectProvince(text),
    byline,
    captions,
    passages,
    spellings,
  };
}
