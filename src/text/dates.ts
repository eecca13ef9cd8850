/**
 * Dates as the genre writes them: "Ngày 22/5/2020", "Chiều 10-1", "sáng 8-3",
 * "ngày 29 tháng 12 năm 2015", header lines "Thứ ba, 19/01/2021" or
 * "Chủ Nhật, 10/03/2019, 22:09 (GMT+7)".
 */

export interface DayMonth {
  day: number;
  month: number;
  year: number | null;
  /** text as written */
  raw: string;
  start: number;
  end: number;
}

const PART_OF_DAY = String.raw`(?:(?:sáng|chiều|tối|trưa|đêm|hôm|vào)\s+(?:(?:nay|qua|mai)\s+)?(?:ngày\s+)?|ngày\s+)`;
const NUMERIC = new RegExp(String.raw`(?<![\p{L}\p{N}/.-])(?:${PART_OF_DAY})?(\d{1,2})\s*([\/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\p{N}]|[\/.-]\d)`, 'giu');
const WORDED = /(?:ngày\s+)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/giu;
// "Sáng nay (10/1)", "Chiều qua (ngày 10-1-2022)"
const BRACKETED = /(?:sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua)\s*\((?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\)/giu;

function valid(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year !== null && (year < 1945 || year > 2100)) return false;
  return true;
}

/**
 * Day-month(-year) dates in a text. A bare "d/m" or "d-m" only counts when a
 * part of day or "ngày" stands before it, so ratios like "140/145" and ranges
 * like "2016 - 2018" are not taken for dates.
 */
export function findDates(text: string): DayMonth[] {
  const out: DayMonth[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const raw = m[0];
    const hasLead = /^(sáng|chiều|tối|trưa|đêm|hôm|vào|ngày)/iu.test(raw);
    const day = Number(m[1]);
    const month = Number(m[3]);
    const year = m[4] ? Number(m[4]) : null;
    if (year === null && !hasLead) continue;
    if (m[2] === '.' && year === null && !hasLead) continue; // "3.5" is a number, not a date; "Sáng qua 7.11" is one
    if (!valid(day, month, year)) continue;
    const start = m.index ?? 0;
    out.push({ day, month, year, raw, start, end: start + raw.length });
  }
  for (const m of text.matchAll(BRACKETED)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!valid(day, month, year)) continue;
    // The bracketed form wins over a bare "ngày 10-1" found inside it.
    for (let i = out.length - 1; i >= 0; i--) if (out[i].start < end && start < out[i].end) out.splice(i, 1);
    out.push({ day, month, year, raw: m[0], start, end });
  }
  for (const m of text.matchAll(WORDED)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    if (!valid(day, month, year)) continue;
    const start = m.index ?? 0;
    if (out.some((d) => d.start <= start && start < d.end)) continue;
    out.push({ day, month, year, raw: m[0], start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const WEEKDAY = /^(thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn|t[2-7])(?![\p{L}\p{N}])/iu;

/** A header/dateline line such as "Thứ ba, 19/01/2021" or "10/03/2019 22:09": its date, else null. */
export function parseHeaderDate(line: string): DayMonth | null {
  const t = line.trim();
  if (t.length > 80) return null;
  const m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(t);
  if (!m) return null;
  const rest = t
    .replace(m[0], '')
    .replace(WEEKDAY, '')
    .replace(/\d{1,2}:\d{2}(:\d{2})?/g, '')
    .replace(/\(?GMT[+-]?\d*\)?/gi, '');
  // Whatever is left must be filler (commas, "ngày", "cập nhật"), not a sentence.
  if (/[\p{L}]{3,}/u.test(rest.replace(/(ngày|cập nhật|đăng|lúc|giờ|update)/giu, ''))) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (!valid(day, month, year)) return null;
  return { day, month, year, raw: m[0], start: m.index, end: m.index + m[0].length };
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Four-digit years in a text, in order ("năm 2018", "2020-2025"). */
/** A term of office as reports write it: "nhiệm kỳ 2020-2025" (groups: first and last year). The one copy of this phrase. */
export const TERM_RE = /nhiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})/iu;

/** The years a question names, in order, a term ("nhiệm kỳ 2015-2020") left out: a term is one constraint of its own, not two years. */
export function yearsAsked(text: string): number[] {
  const bare = text.replace(/\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b/g, ' ');
  return [...bare.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
}

export function findYears(text: string): { year: number; start: number }[] {
  const out: { year: number; start: number }[] = [];
  for (const m of text.matchAll(/(?<![\p{N}/.,])(19[4-9]\d|20\d\d)(?![\p{N}]|[/.,]\d)/gu)) {
    out.push({ year: Number(m[1]), start: m.index ?? 0 });
  }
  return out;
}
