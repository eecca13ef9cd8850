/**
 * Bylines and photo credits, from the lexicon's byline entry: "Tin, ảnh:
 * Hoàng Mẫn" names an author, "Ảnh: T.H" credits a photo, "Báo Nghệ An" is a
 * site, not a person.
 */
import { normalizeToneStyle } from '../text/normalize.ts';
import { LEXICON } from './lexicon.ts';
import { escapeRegExp } from './pattern.ts';

const BYLINE_PREFIX = new RegExp(
  `^(?:${[...LEXICON.byline.prefixes]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\s*[:\\-–]\\s*`,
  'iu',
);

const CREDIT = new RegExp(`^\\(?\\s*(?:${LEXICON.byline.credits.map(escapeRegExp).join('|')})(?![\\p{L}])\\s*[:\\-–]?`, 'iu');

// Compared accented: folded, the site word "đài" would swallow the name "Đại", and "báo" the name "Bảo".
const SITE_WORDS = new Set(LEXICON.byline.sites.map((s) => normalizeToneStyle(s.toLowerCase())));

/** "Ảnh: T.H", "(Ảnh: Bảo Kỳ)": a photo credit, not a byline. */
export function isPhotoCredit(line: string): boolean {
  return CREDIT.test(line.trim()) && !BYLINE_PREFIX.test(line.trim());
}

/**
 * The author's name from a byline line ("Tin, ảnh: Hoàng Mẫn" → "Hoàng Mẫn",
 * "XUÂN NGHĨA - MINH TÂN" as is), or null when the line is a credit, a site or
 * agency name, or not name-shaped.
 */
export function bylineName(line: string): string | null {
  const t = line.trim().replace(/[.\s]+$/u, (m) => (/\p{Lu}\.$/u.test(line.trim()) ? m.trimEnd() : ''));
  if (!t || t.length > 60 || isPhotoCredit(t)) return null;
  const body = t.replace(BYLINE_PREFIX, '').trim();
  if (!body || /\d{3,}/.test(body) || /[|:;!?]/.test(body)) return null;
  const words = body
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s/,\-–]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 7) return null;
  if (words.some((w) => SITE_WORDS.has(normalizeToneStyle(w.replace(/\.$/, '').toLowerCase())))) return null;
  if (/\.(vn|com|net|org)\b/i.test(body)) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^\p{Lu}\.(\p{Lu}\.?)?$/u.test(w))) return null;
  // One capitalised word is a label ("Chia sẻ"), not a name; initials alone are a credit.
  if (words.length < 2 && !BYLINE_PREFIX.test(t)) return null;
  return body;
}
