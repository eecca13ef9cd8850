/**
 * Figures: a number, its unit and what it counts, the year or term it refers
 * to, and any change the text gives ("tăng 3,5% so với năm 2017").
 */
import type { FigureCategory, FigureFact } from '../model/facts.ts';
import type { Report, Span } from '../model/report.ts';
import { findNumbers, type ParsedNumber } from '../text/numbers.ts';
import { findDates } from '../text/dates.ts';
import { splitSentences } from '../text/sentences.ts';

// Words after which a unit stops: verbs, prepositions, conjunctions.
const UNIT_STOP = new Set([
  'và',
  'được',
  'của',
  'trong',
  'trên',
  'so',
  'với',
  'đạt',
  'tăng',
  'giảm',
  'vượt',
  'thuộc',
  'cho',
  'tại',
  'đã',
  'đều',
  'là',
  'theo',
  'từ',
  'về',
  'do',
  'bị',
  'nhằm',
  'để',
  'với',
  'gồm',
  'trong',
  'nhận',
  'đi',
  'đến',
]);
const UNIT_BEFORE =
  /(văn bản(?: đến| đi)?|công văn|cuộc họp|hội nghị|phiên họp|kỳ họp|đảng viên mới|nội dung|giấy khen|bằng khen)\s*(?:là|đạt|gồm|có|được|:)\s*$/iu;
const DURATION = /^(năm|tháng|ngày|giờ|phút|tuần|quý|lần thứ)(?![\p{L}\p{N}])/iu;
const AWARD_WORDS = /(giấy khen|bằng khen|huy hiệu|huân chương|huy chương|danh hiệu|chiến sĩ thi đua|cờ thi đua|kỷ niệm chương|khen thưởng)/iu;

function unitAfter(text: string, end: number): { unit: string; end: number } {
  const rest = text.slice(end);
  const words: string[] = [];
  let consumed = 0;
  const re = /^(\s+)([\p{L}]+)/u;
  let s = rest;
  while (words.length < 6) {
    const m = re.exec(s);
    if (!m) break;
    const w = m[2];
    // "văn bản đi/đến" keep their direction; otherwise stop at linking words.
    if (UNIT_STOP.has(w.toLowerCase()) && !(/^(đi|đến)$/iu.test(w) && /văn bản$/iu.test(words.join(' ')))) break;
    words.push(w);
    consumed += m[0].length;
    s = s.slice(m[0].length);
    if (/^(đi|đến)$/iu.test(w)) break;
  }
  return { unit: words.join(' '), end: end + consumed };
}

/** "Giấy khen vì đã có thành tích…" → "Giấy khen": the award, not the reason. */
function trimReason(s: string): string {
  return s.replace(/\s+(?:vì|do|nhờ|đã|về|có|trong)\s.*$/u, '').trim();
}

function categorise(unit: string, before: string, after: string, clause: string): { category: FigureCategory; detail: string | null } {
  const u = unit.toLowerCase();
  const b = before.toLowerCase();
  if (/^(văn bản|công văn|quyết định|tờ trình|nghị quyết|chỉ thị|thông báo|báo cáo|kế hoạch)(?![\p{L}])/u.test(u)) {
    if (/đến$/u.test(u)) return { category: 'documents-received', detail: null };
    if (/đi$/u.test(u)) return { category: 'documents-issued', detail: null };
    const verbs: [RegExp, FigureCategory][] = [
      [/(tiếp nhận|nhận|văn bản đến)/gu, 'documents-received'],
      [/(ban hành|phát hành|gửi đi|văn bản đi)/gu, 'documents-issued'],
      [/(xử lý|xử lí|giải quyết|thẩm định|thẩm tra)/gu, 'documents-processed'],
    ];
    let best: { at: number; category: FigureCategory } | null = null;
    for (const [re, category] of verbs) {
      for (const m of b.matchAll(re)) if (!best || (m.index ?? 0) > best.at) best = { at: m.index ?? 0, category };
    }
    return { category: best?.category ?? 'documents', detail: null };
  }
  if (/^(cuộc họp|cuộc|buổi họp|phiên họp|hội nghị|buổi làm việc|kỳ họp)/u.test(u)) return { category: 'meetings', detail: null };
  if (/^nội dung/u.test(u)) return { category: 'programme-items', detail: null };
  if (/^(giấy khen|bằng khen|huy hiệu|huân chương|huy chương|danh hiệu|cờ thi đua|kỷ niệm chương)/u.test(u)) return { category: 'awards', detail: unit };
  if (/đảng viên mới/u.test(u) || (/kết nạp\s*$/u.test(b.trimEnd()) && /đảng viên/u.test(u))) return { category: 'new-party-members', detail: null };
  if (/^(cá nhân|tập thể|đồng chí|người|cán bộ)/u.test(u) || /^đảng viên/u.test(u)) {
    const award =
      /^(?:\s+(?:được|đã được|đạt))(?:\s+[\p{L}]+){0,6}?\s+((?:giấy khen|bằng khen|huy hiệu|huân chương|huy chương|danh hiệu|chiến sĩ thi đua|cờ thi đua|kỷ niệm chương)[^,;.()]*)/iu.exec(
        after,
      );
    if (award) return { category: 'awards', detail: trimReason(award[1]) };
    // "10 tập thể và 43 cá nhân được nhận Giấy khen": the award covers both.
    const pair =
      /^\s+và\s+[\d.,]+\s+(?:cá nhân|tập thể|đồng chí|người)(?:\s+(?:được|đã được|đạt))(?:\s+[\p{L}]+){0,6}?\s+((?:giấy khen|bằng khen|huy hiệu|huân chương|huy chương|danh hiệu|chiến sĩ thi đua|cờ thi đua|kỷ niệm chương)[^,;.()]*)/iu.exec(
        after,
      );
    if (pair) return { category: 'awards', detail: trimReason(pair[1]) };
    // "tặng huy hiệu 35 và 45 năm tuổi Đảng cho 2 đảng viên"
    const given =
      /(?:trao|tặng|trao tặng)\s+((?:giấy khen|bằng khen|huy hiệu|huân chương|huy chương|danh hiệu|cờ thi đua|kỷ niệm chương)[^;]*?)\s+cho\s*(?:[\d.,]+\s+[\p{L}]+(?:\s+[\p{L}]+)?\s+và\s*)?$/iu.exec(
        clause,
      );
    if (given) return { category: 'awards', detail: given[1].trim() };
    if (/^đảng viên/u.test(u) || /đảng viên/u.test(u)) return { category: 'party-members', detail: null };
    return { category: 'people', detail: null };
  }
  if (/^chi bộ/u.test(u)) return { category: 'party-cells', detail: null };
  return { category: 'other', detail: null };
}

const CHANGE = /^\s*[(,]?\s*(?:,\s*)?(tăng|giảm|vượt|bằng)\s+(\d+(?:,\d+)?)\s*%(?:\s+(so với\s+[^,;)]+))?\)?/iu;

interface YearMark {
  previous?: boolean;
  at: number;
  /** length of the text that states it (0 when the year comes from the report) */
  length: number;
  year: number | null;
  term: string | null;
}

/** Years a passage says its figures are about ("Năm 2018, …", "Trong nhiệm kỳ 2015-2020, …"). */
function yearMarks(text: string, report: Report): YearMark[] {
  const marks: YearMark[] = [];
  for (const m of text.matchAll(/(?:(so với|cùng kỳ|nhiệm vụ|phương hướng|kế hoạch|định hướng|triển khai)\s+)?(?:(?:trong\s+)?năm\s+)(\d{4})(?!\s*[-–])/giu)) {
    if (m[1]) continue;
    marks.push({ at: m.index ?? 0, length: m[0].length, year: Number(m[2]), term: null });
  }
  for (const m of text.matchAll(/nhiệm kỳ\s*(\d{4})\s*[-–]\s*(\d{4})/giu)) {
    marks.push({ at: m.index ?? 0, length: m[0].length, year: null, term: `${m[1]}-${m[2]}` });
  }
  for (const m of text.matchAll(/(năm vừa qua|năm qua|trong năm|cả năm)/giu)) {
    marks.push({ at: m.index ?? 0, length: 0, year: report.coveredYear, term: null });
  }
  for (const m of text.matchAll(/(nhiệm kỳ qua|trong nhiệm kỳ(?!\s*\d))/giu)) {
    marks.push({ at: m.index ?? 0, length: 0, year: null, term: previousTerm(report.term), previous: true });
  }
  return marks.sort((a, b) => a.at - b.at);
}

function previousTerm(term: string | null): string | null {
  if (!term) return null;
  const [a, b] = term.split('-').map(Number);
  return `${a - (b - a)}-${a}`;
}

function isYearOrDatePart(text: string, n: ParsedNumber, dateSpans: { start: number; end: number }[]): boolean {
  if (dateSpans.some((d) => n.start >= d.start && n.start < d.end)) return true;
  const before = text.slice(Math.max(0, n.start - 14), n.start).toLowerCase();
  if (/(năm|nhiệm kỳ|khóa|khoá|lần thứ|tháng|ngày|số|quyết định|nghị quyết|chỉ thị)\s*$/u.test(before)) return true;
  if (!n.percent && n.of === undefined && /^\d{4}$/.test(n.raw)) {
    return true; // a bare year
  }
  if (/[-–]\s*$/u.test(before) && /^\d{4}$/.test(n.raw)) return true;
  return false;
}

/** Every figure a report's passages state. */
export function extractFigures(report: Report): FigureFact[] {
  const out: FigureFact[] = [];
  const defaultTerm = report.kind === 'congress' ? previousTerm(report.term) : null;
  for (const p of report.passages) {
    const text = p.text;
    const marks = yearMarks(text, report);
    const dateSpans = findDates(text);
    for (const s of splitSentences(text)) {
      if (/phấn đấu|mục tiêu|dự kiến/iu.test(s.text)) continue; // targets and plans, not results
      const nums = findNumbers(s.text).map((n) => ({ ...n, start: n.start + s.start, end: n.end + s.start }));
      const used = new Set<number>();
      let clauseStart = s.start;
      for (let i = 0; i < nums.length; i++) {
        const n = nums[i];
        if (used.has(i) || isYearOrDatePart(text, n, dateSpans)) continue;
        let { unit, end: unitEnd } = unitAfter(text, n.end);
        let spanFrom = n.start;
        if (!n.percent && !unit) {
          // "số văn bản đến là 25.678", "văn bản đi: 1.204": the unit stands before the number.
          const pre = UNIT_BEFORE.exec(text.slice(Math.max(s.start, n.start - 60), n.start));
          if (pre) {
            unit = pre[1];
            spanFrom = n.start - pre[0].length;
            unitEnd = n.end;
          }
        }
        if (!n.percent && (!unit || DURATION.test(unit))) continue;
        const semi = text.lastIndexOf(';', n.start);
        if (semi >= clauseStart) clauseStart = semi + 1;
        const before = text.slice(clauseStart, n.start);
        const after = text.slice(unitEnd, Math.min(s.end, unitEnd + 120));
        const clause = text.slice(Math.max(s.start, text.lastIndexOf(';', n.start) + 1), n.start);
        let { category, detail } = n.percent ? { category: 'percent' as FigureCategory, detail: null } : categorise(unit, before, after, clause);
        if (!n.percent && category === 'other' && AWARD_WORDS.test(unit)) category = 'awards';
        let spanEnd = unitEnd;
        let change: FigureFact['change'] = null;
        const ch = n.percent ? null : CHANGE.exec(text.slice(unitEnd, unitEnd + 80));
        if (ch) {
          change = {
            direction: ch[1].toLowerCase() === 'giảm' ? 'down' : ch[1].toLowerCase() === 'vượt' ? 'over-target' : 'up',
            percent: Number(ch[2].replace(',', '.')),
            against: ch[3]?.trim() ?? null,
            raw: ch[0].replace(/^[\s(,]+|[\s)]+$/g, ''),
          };
          spanEnd = unitEnd + ch[0].length;
          const chAt = unitEnd + ch[0].indexOf(ch[2]);
          nums.forEach((x, j) => {
            if (x.start >= unitEnd && x.start <= chAt + ch[2].length) used.add(j);
          });
        }
        if (detail && category === 'awards') {
          const at = text.indexOf(detail, unitEnd);
          if (at >= 0 && at - unitEnd < 120) spanEnd = Math.max(spanEnd, at + detail.length);
        }
        const mark = [...marks].reverse().find((m) => m.at < n.start);
        const year = mark ? mark.year : report.kind === 'congress' ? null : report.coveredYear;
        const term = mark ? mark.term : defaultTerm;
        const isPrevious = mark ? Boolean(mark.previous) : defaultTerm !== null;
        const yearSpan: Span | null =
          isPrevious && term
            ? report.termSpan
            : mark && mark.length > 0
              ? { doc: p.doc, passage: p.id, paragraph: p.paragraph, start: mark.at, end: mark.at + mark.length }
              : year !== null && year === report.coveredYear
                ? report.coveredYearSpan
                : null;
        const verbLead = n.percent ? /(tăng|giảm|vượt|đạt)\s*$/iu.exec(text.slice(Math.max(0, n.start - 8), n.start)) : null;
        const spanStart = verbLead ? n.start - verbLead[0].length : spanFrom;
        out.push({
          type: 'figure',
          category,
          value: n.value,
          of: n.of ?? null,
          qualifier: n.qualifier,
          unit: detail && category === 'awards' && detail !== unit ? `${unit} (${detail})` : unit,
          raw: text.slice(spanStart, unitEnd).trim(),
          year: year ?? null,
          term: year ? null : term,
          yearSpan,
          previousTerm: isPrevious && term !== null,
          change,
          span: { doc: p.doc, passage: p.id, paragraph: p.paragraph, start: spanStart, end: spanEnd },
        });
        clauseStart = unitEnd;
      }
    }
  }
  return out;
}
