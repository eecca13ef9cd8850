/**
 * Vietnamese number formats: "." groups thousands ("30.900" = 30900), ","
 * marks decimals ("3,5%" = 3.5), "nghìn/ngàn/triệu/tỷ" scale, "140/145" is a
 * ratio, and "trên/hơn/gần/khoảng" make a value approximate.
 */

export type Qualifier = 'over' | 'nearly' | 'about' | 'at least' | null;

export interface ParsedNumber {
  /** the text as written, e.g. "trên 30.900" */
  raw: string;
  value: number;
  /** denominator for ratios such as "140/145" */
  of?: number;
  percent: boolean;
  qualifier: Qualifier;
  start: number;
  end: number;
}

const QUALIFIERS: Record<string, Qualifier> = {
  trên: 'over',
  hơn: 'over',
  ngoài: 'over',
  vượt: 'over',
  gần: 'nearly',
  'xấp xỉ': 'nearly',
  khoảng: 'about',
  chừng: 'about',
  ước: 'about',
  'ước tính': 'about',
  'ít nhất': 'at least',
  'tối thiểu': 'at least',
};
const SCALES: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  ngh: 1e3,
  vạn: 1e4, // "gần 3 vạn văn bản": thirty thousand
  triệu: 1e6,
  tr: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/])(?:(trên|hơn|ngoài|gần|xấp xỉ|khoảng|chừng|ước tính|ước|ít nhất|tối thiểu)\s+)?(${NUM})(?:\s*\/\s*(${NUM}))?(?:\s*(%)|\s+(nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?![\p{L}]))?(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);

/** "30.900" → 30900, "3,5" → 3.5, "2.5" (not a thousands group) → 2.5. */
export function parseNumberToken(s: string): number {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  return Number(s.replace(/,/g, '.'));
}

/** Every number in a text, with its position, qualifier, percent or ratio. */
export function findNumbers(text: string): ParsedNumber[] {
  const out: ParsedNumber[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const [raw, qual, a, b, pct, scale] = m;
    let value = parseNumberToken(a);
    if (scale) value *= SCALES[scale.toLowerCase()] ?? 1;
    const start = m.index ?? 0;
    out.push({
      raw,
      value,
      of: b ? parseNumberToken(b) : undefined,
      percent: pct === '%',
      qualifier: qual ? (QUALIFIERS[qual.toLowerCase()] ?? null) : null,
      start,
      end: start + raw.length,
    });
  }
  return out;
}

/** All numeric values a text states, in either Vietnamese or English style; used by the grounding check. */
export function numericValues(text: string): Set<number> {
  const values = new Set<number>();
  for (const n of findNumbers(text)) {
    values.add(n.value);
    if (n.of !== undefined) values.add(n.of);
  }
  // Every run of digits is stated as written too: "20/1/2020" states 20, 1 and 2020, whatever reading the ratio rule took.
  for (const m of text.matchAll(/\d+/g)) values.add(Number(m[0]));
  // English-style "30,900" and "3.5"
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+\.\d+)(?![\p{N}]|[.,]\d)/gu)) {
    values.add(Number(m[1].replace(/,/g, '')));
  }
  return values;
}

/** English rendering of a value: 30900 → "30,900", 3.5 → "3.5". */
export function formatNumberEn(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * Each number written in a text with every value it may stand for: "30,000"
 * is 30000 in English and 30 in Vietnamese; "150.000" the other way round.
 * The grounding check accepts a number when any reading is grounded.
 */
export function numberReadings(text: string): { raw: string; values: number[] }[] {
  const out: { raw: string; values: number[] }[] = [];
  const re = /(?<![\p{L}\p{N}.,])(\d[\d.,]*\d|\d)(?:\s*(%)|\s+(nghìn|ngàn|vạn|triệu|tỷ|tỉ|thousand|million|billion)(?![\p{L}]))?/giu;
  const scale: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, vạn: 1e4, thousand: 1e3, triệu: 1e6, million: 1e6, tỷ: 1e9, tỉ: 1e9, billion: 1e9 };
  for (const m of text.matchAll(re)) {
    for (const part of m[1].split('/')) {
      const k = m[3] ? scale[m[3].toLowerCase()] : 1;
      const vi = parseNumberToken(part);
      const en = Number(part.replace(/,/g, ''));
      const values = [vi, en].filter((v) => Number.isFinite(v)).map((v) => v * k);
      out.push({ raw: m[0], values: [...new Set(values)] });
    }
  }
  return out;
}

/** Vietnamese rendering: 150000 → "150.000", 3.5 → "3,5". */
export function formatNumberVi(n: number): string {
  return n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}
