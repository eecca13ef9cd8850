/**
 * The shapes of a scraped page's lines: junk and navigation, wrapped lines,
 * paragraphs, captions, bylines; and cutting long paragraphs into passages.
 */
import { foldKey } from '../text/normalize.ts';
import { LIMITS } from '../limits.ts';
import { bylineName } from '../lexicon/byline.ts';
import { SOURCE_LINE } from './source-link.ts';

export const JUNK_LINE =
  /^(bài mới đăng|top|lên đầu trang|về đầu trang|tin liên quan|tin mới|tin cùng chuyên mục|tin khác|các tin khác|bài liên quan|xem thêm|chia sẻ|in bài|gửi bài|bình luận|quay lại|trở về|trang chủ|share|print|tweet|like|email|bản in|phản hồi|ý kiến bạn đọc|từ khóa|tags?|facebook|zalo|twitter|theo dõi|lượt xem|cỡ chữ|font|nguồn ảnh|\d+\s+lượt xem|a-\s*a\+)(?![\p{L}\p{N}]).{0,40}$/iu;

/** Lines that carry no content: lone dots, rules, navigation labels. */
export function isJunkLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (/^<?(https?:\/\/|www\.)\S+$/iu.test(t)) return true;
  // "Nguồn: … https://…", "source: https://…" (front matter): the report's address, read by source-link.ts, not text.
  if (SOURCE_LINE.test(t)) return true;
  if (/^[\s.…·•*_\-–—|=~#>]+$/u.test(t)) return true;
  if (t.length <= 60 && JUNK_LINE.test(t)) return true;
  if (TAG_LINE.test(t)) return true;
  return false;
}

export const RELATED_MARK =
  /^(tin liên quan|bài liên quan|bài viết liên quan|tin cùng chuyên mục|các tin khác|tin khác|xem thêm|đọc thêm|tin bài liên quan|tin, bài liên quan|tin đã đưa|bài đã đưa|tin mới hơn|tin cũ hơn)\s*:?\s*$/iu;

// Tag and keyword lines, however long: "TAGS: Huy hiệu Đảng | …", "Từ khóa: …".
export const TAG_LINE = /^(tags?|từ khóa|từ khoá|chủ đề)\s*:/iu;

export const SENTENCE_END = /[.!?…:;"”»)]$/u;

/** Split text into lines, joining a line that was wrapped mid-sentence to the next. */
export function toUnits(text: string): string[] {
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

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A body paragraph, as opposed to a headline, label or caption. */
export function isParagraphLike(u: string): boolean {
  if (u.length >= 250) return true;
  const words = wordCount(u);
  if (words >= 8 && /[.!?…]["”»)]?$/u.test(u)) return true;
  if (words >= 12 && /[.!?…]\s+\p{Lu}/u.test(u)) return true;
  return false;
}

export const UNNAMED_REPORTER = /^(PV|BTV|CTV|Phóng viên|Nhóm PV)\.?$/iu;

/** "Thu Hà (TTXVN)", "ĐỖ HOẠT", "H. NGA", "Tin, ảnh: Minh Anh" — not a photo credit, a site name or a headline. */
export function looksLikeByline(u: string): boolean {
  return UNNAMED_REPORTER.test(u.trim()) || bylineName(u) !== null;
}

export function cleanByline(u: string): string {
  return UNNAMED_REPORTER.test(u.trim()) ? u.trim() : (bylineName(u) ?? u.trim());
}

export const CAPTION_MARK = /^(ảnh\s*[:-]|\(ảnh)|\((ảnh|ảnh minh họa)[^)]*\)\.?$/iu;

export function stripEnd(s: string): string {
  return foldKey(s.replace(/[.\s]+$/u, ''));
}

/** A photo caption: a short line without the shape of a paragraph. */
export function isCaption(u: string): boolean {
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
export function hardSplit(s: string, max: number): string[] {
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

export function firstSentence(s: string): string {
  const m = /^(.+?[.!?…])(\s|$)/u.exec(s);
  return (m ? m[1] : s).trim();
}

/** A source tag at the start of a lead: "(ABO)", "LSO-", "(Baotintuc.vn) - ". */
export const SOURCE_TAG = /^(?:\([^()]{2,30}\)\s*[-–—]?\s*|[A-ZĐ]{2,6}\s*[-–—]\s*)/u;

export function shortTitle(s: string): string {
  const sentence = firstSentence(s.replace(SOURCE_TAG, ''));
  if (sentence.length <= 120) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, 117);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
