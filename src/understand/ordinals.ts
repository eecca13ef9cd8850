/** Ordinals as reports write them: "lần thứ XV", "khóa 14", "kỳ họp thứ 7" (Roman or Arabic). */
import { foldKey } from '../text/normalize.ts';

const ROMAN: [number, string][] = [
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function toRoman(n: number): string {
  let out = '';
  for (const [v, r] of ROMAN)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}

function fromRoman(r: string): number {
  const val: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const a = val[r[i]];
    const b = val[r[i + 1]] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

/**
 * Reports number congresses, terms and sessions in Roman numerals ("lần thứ
 * XX", "khóa XV") or in digits ("Kỳ họp thứ 7"); questions in either, or as
 * English ordinals ("20th", "15th-term"). Both forms are searched.
 */
export function ordinalForms(text: string): string[] {
  const out: string[] = [];
  const f = foldKey(text);
  for (const m of f.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b/g)) out.push(toRoman(Number(m[1])), m[1]);
  for (const m of f.matchAll(/\b(?:thu|khoa|lan thu|ky hop thu)\s+(\d{1,2})\b/g)) out.push(toRoman(Number(m[1])));
  for (const m of f.matchAll(/\b(?:thu|khoa|term)\s+([ivxl]{1,6})\b/g)) out.push(String(fromRoman(m[1])));
  if (/\bfirst\b/.test(f)) out.push('nhat', 'i');
  return out.filter((x) => x && x !== '0');
}
