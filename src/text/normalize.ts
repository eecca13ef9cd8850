/**
 * Vietnamese text normalisation: one canonical form for everything that is
 * indexed, extracted or compared, so that NFD input, old/new tone-mark styles,
 * BOMs, CRLF and non-breaking spaces never make two equal words differ.
 */
import type { Token } from '../model/text.ts';

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323'; // grave, acute, tilde, hook, dot below

// "hoà"/"hòa", "thuỷ"/"thủy", "uỷ"/"ủy": the two styles differ only for the open
// syllables oa, oe, uy (no final consonant). We keep the tone on the first
// vowel (the style most provincial sites use). "quý" keeps its tone on y: the u
// belongs to "qu".
const OA_OE = new RegExp(`(?<![qQ])([oO])([aAeE])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');
const UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

/** Canonical text: no BOM, LF line ends, NFC, one tone-mark style, plain spaces. */
export function normalizeText(raw: string): string {
  let s = raw.replace(/^\uFEFF/, '').replace(/\uFEFF/g, '');
  s = s.replace(/\r\n?/g, '\n');
  s = s.replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' ').replace(/\u200B|\u200C|\u200D|\u2060/g, '');
  // Control characters (terminal escape sequences, NUL, bells) are not text: they must never reach a console or a reply.
  s = s
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    // Bidi overrides and isolates reorder what a reader sees ("trojan source"): a report's text never needs them.
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  s = normalizeToneStyle(s);
  return s;
}

/**
 * The report's own spelling of each syllable that the canonical tone style
 * changes ("uỷ" for "ủy", "hoà" for "hòa"), so that quotes can give the text
 * as written. Both spellings have the same length in NFC, so offsets found in
 * the canonical text hold in the original.
 */
export function originalSpellings(raw: string): Record<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const m of raw.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    const canonical = toneStyledWord(m[0]);
    if (canonical.length !== m[0].length) continue;
    const forms = seen.get(canonical) ?? new Set<string>();
    forms.add(m[0]);
    seen.set(canonical, forms);
  }
  // Only a spelling the report uses every time: a report that writes both "Đảng ủy" and "đảng uỷ" is quoted in the canonical style.
  const out: Record<string, string> = {};
  for (const [canonical, forms] of seen) {
    const [only] = forms;
    if (forms.size === 1 && only !== canonical) out[canonical] = only;
  }
  return out;
}

// One word's tone style, remembered: normalising each word of each report anew was most of reading a large corpus.
const TONE_STYLED = new Map<string, string>();
function toneStyledWord(word: string): string {
  let hit = TONE_STYLED.get(word);
  if (hit === undefined) {
    hit = normalizeToneStyle(word);
    if (TONE_STYLED.size > 200_000) TONE_STYLED.clear(); // bounded, like SYLLABLES below
    TONE_STYLED.set(word, hit);
  }
  return hit;
}

/** Put a report's own spellings back into canonical text (quotes, headlines, snippets). */
export function restoreSpelling(s: string, spellings: Record<string, string> | undefined): string {
  if (!spellings || Object.keys(spellings).length === 0) return s;
  return s.replace(/[\p{L}\p{M}]+/gu, (w) => spellings[w] ?? w);
}

/** NFC plus one tone-mark style; works on any input form. */
export function normalizeToneStyle(s: string): string {
  const d = s.normalize('NFD');
  return d.replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

/** Strip every diacritic ("Hội nghị" → "Hoi nghi", "Đảng" → "Dang"). */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lower-case, canonical and folded: the key used for accent-insensitive comparison. */
export function foldKey(s: string): string {
  return foldDiacritics(normalizeToneStyle(s).toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** True when the text carries Vietnamese letters beyond ASCII. */
export function hasVietnameseMarks(s: string): boolean {
  return /[\u00C0-\u1EF9]/.test(s.normalize('NFC')) && foldDiacritics(s) !== s;
}

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Split on anything that is not a letter or digit. Offsets point into the
 * string given, which callers pass already normalised (NFC), so positions map
 * straight back to the passage text for highlighting.
 */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    const [text, folded] = canonicalSyllable(m[0]);
    out.push({ text, folded, start: m.index ?? 0, length: m[0].length });
  }
  return out;
}

// Vietnamese has some ten thousand syllables: remembering each one's canonical
// and folded forms makes tokenizing (index builds, re-ranking, snippets) several times faster.
const SYLLABLES = new Map<string, [string, string]>();

function canonicalSyllable(raw: string): [string, string] {
  let hit = SYLLABLES.get(raw);
  if (!hit) {
    const text = normalizeToneStyle(raw.toLowerCase());
    hit = [text, foldDiacritics(text)];
    if (SYLLABLES.size > 200_000) SYLLABLES.clear(); // numbers and odd tokens must not grow it forever
    SYLLABLES.set(raw, hit);
  }
  return hit;
}
