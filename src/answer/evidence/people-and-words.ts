/**
 * Evidence inside a report, ranked for what the question asks: sentences with
 * attendance or chair cue words, date expressions, a number next to the
 * counted noun, a named person, or simply the most of the question's words.
 * Each piece of evidence says which part of its sentence to quote.
 */
import type { Report } from '../../model/report.ts';
import type { Question } from '../../model/question.ts';
import { reportUnits, hasSequence, unitNames } from '../report-text.ts';
import { questionHasEvidenceCue, titleLinkLength } from '../../lexicon/lexicon.ts';
import { titleAt, titleBefore } from '../../facts/people.ts';
import { LIMITS } from '../../limits.ts';
import { foldKey } from '../../text/normalize.ts';
import { type Evidence, type Weights, coverage, roleWeight, best } from './weights.ts';
import { piece } from './quote-bounds.ts';
import { cues } from './cues.ts';

/** Sentences that name one of the question's people, ranked by the rest of the question's words. */
export function personEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  const out: Evidence[] = [];
  for (const u of reportUnits(r)) {
    if (u.role === 'header') continue;
    for (const p of q.people) {
      const at = hasSequence(u.tokens, p.key);
      if (at < 0) continue;
      const c = coverage(u.tokens, w);
      const start = u.tokens[at].start;
      const lastTok = u.tokens[at + p.key.length - 1];
      // A title right before or after the name ("Bí thư Tỉnh ủy Nguyễn Đức Trung", "…, Chủ tịch UBND tỉnh").
      const around = u.text.slice(Math.max(0, start - 40), lastTok.start + lastTok.length + 50);
      const titled = /(Bí thư|Chủ tịch|Phó|Trưởng|Giám đốc|Chánh|Ủy viên|Uỷ viên|Thủ tướng|Tổng|Đại biểu|Thứ trưởng|Bộ trưởng)/u.test(around) ? 0.5 : 0;
      const score = (1 + 2.5 * c + titled) * roleWeight(u);
      out.push(piece(u, score, start, lastTok.start + lastTok.length, LIMITS.quoteMaxChars, { cue: 'person' }));
    }
  }
  return best(out);
}

/** Sentences that name someone together with a title the question asks about ("Chủ tịch UBND tỉnh Võ Văn Minh"). */
export function holderEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  const out: Evidence[] = [];
  const asked = new Set([...q.tokens.map((t) => t.folded), ...q.words]);
  for (const u of reportUnits(r)) {
    if (u.role === 'header') continue;
    if (!q.titles.some((t) => hasSequence(u.tokens, t) >= 0)) continue;
    // Each name with the title the sentence gives it ("Võ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
    // "Chủ tịch UBND tỉnh Lê Đình Sơn"), one part of which must begin with the asked title.
    for (const n of unitNames(u)) {
      // "Trần Văn Lực được bầu làm Bí thư Đảng ủy": the title may follow a linking phrase.
      const link = titleLinkLength(u.text.slice(n.end, n.end + 40));
      const after = titleAt(u.text, n.end + link);
      const title = after?.title ?? titleBefore(u.text, n.start);
      if (!title) continue;
      const parts = title.split(/\s*,\s*/).map((p) => foldKey(p).split(' '));
      // The part begins with the asked title ("Phó Chủ tịch" does not); it fits fully when what follows is in the question's
      // own words ("Chủ tịch Đoàn Chủ tịch Đại hội"), less when it only narrows it ("Bí thư Đảng ủy" for "Party Secretary").
      const titleFit = (part: string[], t: string[]) =>
        !t.every((x, i) => part[i] === x) ? 0 : part.slice(t.length).every((x) => asked.has(x)) ? 1 : LIMITS.narrowerTitleFit;
      const fitness = Math.max(0, ...q.titles.flatMap((t) => parts.map((part) => titleFit(part, t))));
      if (fitness === 0) continue;
      const from = after ? n.start : Math.max(0, n.start - title.length - 1);
      const to = after ? after.end : n.end;
      const score = fitness * (1.5 + 2 * coverage(u.tokens, w)) * roleWeight(u);
      out.push(piece(u, score, from, to, LIMITS.quoteMaxChars, { cue: 'holder' }));
    }
  }
  return best(out);
}

/** The sentences that hold the most of the question's words. */
export function textEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  const out: Evidence[] = [];
  // "Who received…", "Ai là…": a sentence that names someone answers better than one that does not.
  const who = /\b(who|whom|ai)\b/.test(q.u.folded);
  const award = questionHasEvidenceCue(q.tokens, 'award') || /\b(badge|award|medal|flag|commend)/.test(q.u.folded);
  for (const u of reportUnits(r)) {
    const c = coverage(u.tokens, w);
    if (c === 0) continue;
    const names = who && unitNames(u).length > 0 ? LIMITS.whoNameBonus : 0;
    const awarded = award && cues(u, 'award').length > 0 ? LIMITS.whoNameBonus : 0;
    const hit = u.tokens.find((t) => w.words.has(t.folded)) ?? u.tokens[0];
    out.push(piece(u, (c + names + awarded) * roleWeight(u), hit.start, hit.start + hit.length, LIMITS.quoteMaxChars, { cue: 'words' }));
  }
  return out.sort((a, b) => b.score - a.score);
}
