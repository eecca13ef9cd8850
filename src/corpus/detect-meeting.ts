/**
 * What a report says about its meeting: the kind, the term, the year
 * reviewed, the office, the province, and the meeting date with the year it
 * was resolved from.
 */
import type { MeetingDate, MeetingKind, Passage } from '../model/report.ts';
import { findDates, findYears, isoDate, type DayMonth } from '../text/dates.ts';
import { foldKey } from '../text/normalize.ts';
import { TERM_RE } from '../text/dates.ts';
import { PROVINCES } from '../lexicon/provinces.ts';

export const KIND_PATTERNS: [RegExp, MeetingKind][] = [
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

export const OFFICE_RE =
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

export function dateFrom(d: DayMonth, year: number | null, certainty: MeetingDate['certainty'], paragraph: number | null): MeetingDate {
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
