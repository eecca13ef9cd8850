/**
 * What a question counts: the unit groups of the lexicon named after a count
 * cue, or a noun the lexicon does not know taken as typed.
 */
import type { Token } from '../model/text.ts';
import { adhocUnit, fillerLengthAt, findPhrases, TIME_UNITS, UNITS } from '../lexicon/lexicon.ts';
import type { UnitGroup } from '../model/vocabulary.ts';
import { LIMITS } from '../limits.ts';

const JOINERS = new Set(['va', 'and', 'or', 'hoac', 'cung']);

/**
 * What the question counts: the unit named right after each count cue ("bao
 * nhiêu văn bản", "how many official delegates", "mấy đảng viên"); only when
 * no cue is followed by one, every unit the question names. Typed without
 * accents, "đôn đốc" folds like "đơn": the noun after the cue is what counts.
 */
export function unitsIn(tokens: Token[], english: boolean): UnitGroup[] {
  const cues: number[] = [];
  tokens.forEach((t, i) => {
    if (t.folded === 'nhieu' && tokens[i - 1]?.folded === 'bao') cues.push(i + 1);
    else if (t.folded === 'many' && tokens[i - 1]?.folded === 'how') cues.push(i + 1);
    // "mấy", or "may" typed without accents after a verb ("cho may dang vien"), not the English "may".
    else if (t.text === 'mấy' || (t.folded === 'may' && ['cho', 'co', 'duoc', 'gom', 'tang', 'trao'].includes(tokens[i - 1]?.folded ?? ''))) cues.push(i + 1);
    else if (t.folded === 'of' && tokens[i - 1]?.folded === 'number') cues.push(i + 1);
  });
  const hits: { g: UnitGroup; at: number; length: number }[] = [];
  for (const g of UNITS) {
    for (const h of [...findPhrases(tokens, g.vi, true), ...findPhrases(tokens, g.en, true)]) hits.push({ g, at: h.at, length: h.length });
  }
  // The most specific unit wins where two start together: "văn bản đi" over "văn bản".
  const all = hits.filter((h) => !hits.some((o) => o !== h && o.at <= h.at && o.at + o.length >= h.at + h.length && o.length > h.length));
  const afterCue: UnitGroup[] = [];
  for (const c of cues) {
    // The counted noun phrase a few words after the cue ("how many of the official delegates"): its head, plus
    // nouns joined by "và/and/or". English puts the head last ("voter opinions"), Vietnamese first ("văn bản đôn đốc" — not "đơn").
    // The noun phrase starts right after the cue, past "of the", "các", "những" and adjectives the lexicon knows no unit for
    // only in English ("how many official delegates"); in Vietnamese the noun comes first ("bao nhiêu nội dung trình kỳ họp" counts nội dung).
    // Past "of the", "các", "số lượng" (lexicon.json countFillers).
    let start = c;
    for (let n = fillerLengthAt(tokens, start); n > 0; n = fillerLengthAt(tokens, start)) start += n;
    const near = all.filter((x) => x.at >= start && x.at <= start + LIMITS.countedNounReach).sort((a, b) => a.at - b.at);
    const chain: typeof near = [];
    for (const x of near) {
      const prev = chain[chain.length - 1];
      if (!prev) {
        // Vietnamese puts the counted noun first: a known unit further on ("… trình kỳ họp") is not what is counted.
        if (!english && x.at !== start) break;
        chain.push(x);
        continue;
      }
      const between = tokens.slice(prev.at + prev.length, x.at).map((t) => t.folded);
      if (between.some((w) => JOINERS.has(w))) chain.push(x);
      else if (between.length === 0 && english) chain[chain.length - 1] = x;
      else break;
    }
    for (const x of chain) if (!afterCue.includes(x.g)) afterCue.push(x.g);
  }
  if (afterCue.length) return afterCue;
  // "mấy ngày", "how many days": a span of time right after the cue.
  for (const c of cues) {
    const time = TIME_UNITS.find((g) => [...findPhrases(tokens.slice(c, c + 2), g.vi, true), ...findPhrases(tokens.slice(c, c + 2), g.en, true)].length > 0);
    if (time) return [time];
  }
  // A noun no list knows ("bao nhiêu nội dung"): the two words after the cue, as typed — before nouns elsewhere in the question.
  if (!english) {
    for (const c of cues) {
      const words = tokens.slice(c, c + 2).filter((t) => /^\p{L}+$/u.test(t.text) && !STOP_AFTER_CUE.has(t.folded));
      if (words.length) return [adhocUnit(words)];
    }
  }
  return [...new Set(all.sort((a, b) => a.at - b.at).map((x) => x.g))];
}

// Words that follow "bao nhiêu" without being what is counted.
const STOP_AFTER_CUE = new Set(['la', 'thi', 'duoc', 'trong', 'cua', 'va', 'the', 'of', 'a', 'an', 'tong', 'so', 'con']);
