/**
 * Recognising people and their titles in Vietnamese prose: "đồng chí Vũ Hồng
 * Bắc, Phó Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy Lê Đình Sơn", and groups that are
 * not people ("lãnh đạo Đảng ủy Khối các cơ quan tỉnh").
 */
import { NAMES as names, SURNAMES as surnames } from '../lexicon/names.ts';
import { PROVINCES } from '../lexicon/provinces.ts';
import { foldKey } from '../text/normalize.ts';
import { alternation } from '../lexicon/pattern.ts';

export interface NameMatch {
  name: string;
  start: number;
  end: number;
}

const CAP = String.raw`\p{Lu}\p{Ll}*`;
// Accentless spellings too ("Tran Van Tu" in a typed question).
const SURNAME_ALT = [...new Set([...surnames, ...surnames.map((n) => foldKey(n).replace(/^./, (c) => c.toUpperCase()))])]
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "đồng chí", "Ông", "đ/c" …: names.json's honorifics, lower case or capitalised. */
export const HONORIFIC = alternation(names.honorifics.flatMap((h) => [h, h.replace(/^./u, (c) => c.toUpperCase())]));
// A surname from the list followed by one to three capitalised syllables.
const BY_SURNAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SURNAME_ALT})(?:\s+${CAP}){1,3}(?![\p{L}\p{N}])`, 'gu');
// After an honorific, two to five capitalised syllables, whatever the surname.
const BY_HONORIFIC = new RegExp(String.raw`(?<![\p{L}])${HONORIFIC}\s+((?:${CAP})(?:\s+${CAP}){1,4})(?![\p{L}\p{N}])`, 'gu');

const NOT_NAMES = new Set([...names.notNames, ...PROVINCES.map((p) => p.key)]);
const TITLE_STARTERS = new Set(names.titleStarters);
const TITLE_INNER = new Set(names.titleInnerLower);

function plausible(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  if (NOT_NAMES.has(foldKey(name))) return false;
  for (let i = 2; i <= words.length; i++) if (NOT_NAMES.has(foldKey(words.slice(0, i).join(' ')))) return false;
  // "Phó Bí thư", "Chủ tịch": a title, not a name.
  if (words.slice(1).some((w) => TITLE_STARTERS.has(w))) return false;
  return true;
}

/** Person names in a text, in order, without overlaps. */
export function findNames(text: string): NameMatch[] {
  const found: NameMatch[] = [];
  for (const m of text.matchAll(BY_HONORIFIC)) {
    let name = m[1];
    const start = (m.index ?? 0) + m[0].length - name.length;
    const words = name.split(/\s+/);
    if (TITLE_STARTERS.has(words[0])) continue; // "đồng chí Chánh Văn phòng" is a title
    // Stop before a title word that follows without a comma ("Nguyễn Văn A Phó Chủ tịch").
    const cut = words.findIndex((w, i) => i > 0 && TITLE_STARTERS.has(w));
    if (cut > 0) name = words.slice(0, cut).join(' ');
    if (!plausible(name)) continue;
    found.push({ name, start, end: start + name.length });
  }
  for (const m of text.matchAll(BY_SURNAME)) {
    const start = m.index ?? 0;
    let name = m[0];
    const words = name.split(/\s+/);
    const cut = words.findIndex((w, i) => i > 0 && TITLE_STARTERS.has(w));
    if (cut > 0) name = words.slice(0, cut).join(' ');
    if (!plausible(name)) continue;
    if (found.some((f) => start < f.end && f.start < start + name.length)) continue;
    found.push({ name, start, end: start + name.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The title that follows a position: capitalised words and the lower-case
 * words titles are made of, stopping at a verb or punctuation.
 * Returns the title and where it ends, or null.
 */
export function titleAt(text: string, pos: number, allowCommas = true): { title: string; end: number } | null {
  const re = /\s*(,\s*|[-–—]\s*)?([\p{L}\p{N}]+)/uy;
  let i = pos;
  let end = pos;
  const words: string[] = [];
  let started = false;
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) break;
    const w = m[2];
    const comma = Boolean(m[1]);
    if (comma && (!allowCommas || !started)) {
      if (!started && allowCommas) {
        // "Nguyễn A, Phó Chủ tịch": a title may start right after the comma.
      } else break;
    }
    const isTitleWord = /^\p{Lu}/u.test(w) || TITLE_INNER.has(w);
    if (!isTitleWord) break;
    if (!started && !/^\p{Lu}/u.test(w)) break;
    if (comma && started) {
      // A comma inside a title list only continues when a new title starts ("…Tỉnh ủy, Chủ tịch UBND tỉnh").
      if (!TITLE_STARTERS.has(w)) break;
      words.push(',');
    }
    words.push(w);
    started = true;
    i = re.lastIndex;
    end = i;
  }
  while (words.length && TITLE_INNER.has(words[words.length - 1]) && ['các', 'cơ', 'quan'].includes(words[words.length - 1])) words.pop();
  if (!started) return null;
  const title = words.join(' ').replace(/ ,/g, ',');
  return { title, end };
}

/** A title standing right before a name: "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Đình Sơn". */
export function titleBefore(text: string, nameStart: number, from = 0): string | null {
  const before = text.slice(from, nameStart);
  const m = /((?:\p{Lu}[\p{L}]*|[\p{Ll}]+)(?:[\s,]+(?:\p{Lu}[\p{L}]*|[\p{Ll}]+))*)\s*$/u.exec(before);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // Keep the longest tail made only of title words and starting with a title starter.
  let best: string | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].replace(/,$/, '');
    if (!(/^\p{Lu}/u.test(w) || TITLE_INNER.has(w))) break;
    if (TITLE_STARTERS.has(w)) best = words.slice(i).join(' ');
  }
  return best ? best.replace(/,\s*$/, '').trim() : null;
}

const GROUP_HINT =
  /(lãnh đạo|đại diện|đại biểu|thành viên|cán bộ|công chức|viên chức|người lao động|đảng viên|các đồng chí|ban|sở|ngành|ủy|uỷ|đoàn|hội|khối|công đoàn|mặt trận|liên đoàn|tập thể|cá nhân|phòng|ubnd|hđnd|tỉnh|huyện|thành phố)/iu;

/** A phrase names a group or organisation rather than nobody at all. */
export function looksLikeGroup(s: string): boolean {
  const t = s.trim();
  return t.length >= 4 && t.length <= 200 && GROUP_HINT.test(t) && /\p{L}{2,}/u.test(t);
}
