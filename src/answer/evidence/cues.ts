/**
 * Evidence by cue phrase: sentences that say who attended, who chaired,
 * when, and what was directed, found with the lexicon's evidence cues and
 * cached per sentence.
 */
import type { Report } from '../../model/report.ts';
import type { Question } from '../../model/question.ts';
import type { TextUnit } from '../report-text.ts';
import { reportUnits, hasSequence, unitDates, unitNames } from '../report-text.ts';
import { documentRefs, evidenceCues, type EvidenceCue, type PhraseHit } from '../../lexicon/lexicon.ts';
import { LIMITS } from '../../limits.ts';
import { type Evidence, type Weights, coverage, roleWeight, best } from './weights.ts';
import { TITLE_WORD, piece } from './quote-bounds.ts';

export const CUES = new WeakMap<TextUnit, Map<EvidenceCue, PhraseHit[]>>();

/**
 * A sentence's cue words of a kind, minus those a longer word explains ("dự
 * thảo", "dự kiến" are not "dự"): they do not depend on the question, so they
 * are read once per sentence.
 */
export function cues(u: TextUnit, cue: EvidenceCue): PhraseHit[] {
  let byCue = CUES.get(u);
  if (!byCue) CUES.set(u, (byCue = new Map()));
  let hits = byCue.get(cue);
  if (!hits) byCue.set(cue, (hits = readCues(u, cue)));
  return hits;
}

export function readCues(u: TextUnit, cue: EvidenceCue): PhraseHit[] {
  const hits = evidenceCues(u.tokens, cue, true);
  if (cue !== 'attendance') return hits;
  // "bầu đoàn đại biểu dự Đại hội cấp trên": delegates elected to a later congress, not guests of this one.
  return hits.filter((h) => !(h.phrase === 'dự' && u.tokens[h.at - 1]?.text === 'biểu' && u.tokens.slice(0, h.at).some((t) => t.text === 'bầu')));
}

export function cueEvidence(q: Question, r: Report, w: Weights, cue: EvidenceCue, max: number): Evidence[] {
  const out: Evidence[] = [];
  for (const u of reportUnits(r)) {
    if (u.role === 'header') continue;
    const hits = cues(u, cue);
    if (!hits.length) continue;
    const names = unitNames(u).length;
    // Chairing is done by someone: "Văn phòng … chủ trì, phối hợp" is an office taking the lead, not a chair.
    if (cue === 'chair' && names === 0 && !TITLE_WORD.test(u.text)) continue;
    const c = coverage(u.tokens, w);
    const first = u.tokens[hits[0].at];
    const last = u.tokens[hits[hits.length - 1].at + hits[hits.length - 1].length - 1];
    const people = q.people.some((p) => hasSequence(u.tokens, p.key) >= 0) ? 0.8 : 0;
    const score = (1 + 2.5 * c + Math.min(names, 6) * 0.08 + people) * roleWeight(u);
    out.push(piece(u, score, first.start, last.start + last.length, max, { cue }));
  }
  return out.sort((a, b) => b.score - a.score);
}

export function attendanceEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  // Attendee lists are quoted whole: a name cut off is a name lost.
  return cueEvidence(q, r, w, 'attendance', LIMITS.listQuoteMaxChars);
}

/**
 * The sentence after an attendee list that goes on with it ("Về phía tỉnh có
 * các đồng chí: …", "Tham dự còn có …", "Cùng dự …"), or null.
 */
export function listContinuation(r: Report, e: Evidence): Evidence | null {
  if (!e.unit.passage) return null;
  const units = reportUnits(r);
  const next = units[units.indexOf(e.unit) + 1];
  if (!next || next.passage !== e.unit.passage) return null;
  if (
    !/^(Về phía|Cùng dự|Cùng tham dự|Tham dự còn có|Dự còn có|Còn có|Ngoài ra còn có|Phía)/u.test(next.text) &&
    !/^[^.]{0,40}có các đồng chí/u.test(next.text)
  )
    return null;
  return piece(next, e.score, 0, next.text.length, LIMITS.listQuoteMaxChars, { cue: 'attendance' });
}

export function chairEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  return cueEvidence(q, r, w, 'chair', LIMITS.quoteMaxChars);
}

/** Sentences where someone directed, spoke or presented: what to show when the asked role is not stated. */
export function directionEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  return cueEvidence(q, r, w, 'direction', LIMITS.quoteMaxChars).filter((e) => unitNames(e.unit).length > 0);
}

export function dateEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  const out: Evidence[] = [];
  for (const u of reportUnits(r)) {
    if (u.role === 'header') continue;
    const c = coverage(u.tokens, w);
    const held = cues(u, 'held').length ? 0.4 : 0;
    const lead = r.passages[0] && u.passage === r.passages[0] ? 0.3 : 0;
    for (const d of unitDates(u)) {
      if (isDocumentDate(u, d.start)) continue;
      const score = (1.2 + 2.5 * c + held + lead + (d.year !== null ? 0.1 : 0)) * roleWeight(u);
      out.push(piece(u, score, d.start, d.end, LIMITS.quoteMaxChars, { cue: 'date' }));
    }
    if (q.asksYear) {
      for (const m of u.text.matchAll(/(?<![\p{L}\p{N}/.-])(?:năm\s+)?((?:19|20)\d\d)(?![\p{N}/-])/gu)) {
        const at = m.index ?? 0;
        const score = (1 + 2.5 * c + (cues(u, 'birth').length ? 0.6 : 0)) * roleWeight(u);
        out.push(piece(u, score, at, at + m[0].length, LIMITS.quoteMaxChars, { cue: 'year' }));
      }
    }
  }
  return best(out);
}

/** "Nghị quyết số 02/NQ-CP ngày 05/01/2024": the date of a document, not of the meeting. */
export function isDocumentDate(u: TextUnit, at: number): boolean {
  const before = u.tokens.filter((t) => t.start < at && t.start >= at - LIMITS.documentDateReach);
  if (!before.length) return false;
  const hits = documentRefs(before);
  if (!hits.length) return false;
  // Only when no clause break stands between the document's name and the date.
  const last = before[hits[hits.length - 1].at];
  return !/[;.]|,\s+(?:sáng|chiều|tối|ngày)/iu.test(u.text.slice(last.start, at));
}
