/**
 * Who was there and what they did: attendees (people and groups), the chair,
 * speakers, and who presented awards to whom. Each fact keeps the exact
 * passage span it was read from.
 *
 * Phrasings handled (the words are data: lexicon/data/attendance.json):
 *  - list after a trigger: "Dự Hội nghị có …", "Tham dự … có các đồng chí: …",
 *    "Dự, chỉ đạo và chúc mừng Đại hội có …", "Cùng dự có …", "… có sự tham dự của …"
 *  - subject before the verb: "X; Y cùng Z dự hội nghị", "X đã đến dự và phát biểu …",
 *    "X dự và chủ trì …"
 *  - chair: "X chủ trì", "do X chủ trì", "dưới sự chủ trì của X", "Chủ trì hội nghị có X"
 *  - speakers: "Phát biểu tại hội nghị, đồng chí X, title …", "X phát biểu …"
 *  - awards (awards.ts): "X trao/tặng <award> cho Y"
 */
import type { GroupFact, PersonFact, PersonRole } from '../model/facts.ts';
import type { Passage } from '../model/report.ts';
import { splitSentences } from '../text/sentences.ts';
import { addPerson, type Ctx, parseList, shifted, spanOf, subjectStart, titleAfter } from './attendance-list.ts';
import {
  CHAIR_AFTER,
  CHAIR_DO,
  CHAIR_VERB,
  LIST_TRIGGER,
  PRESENCE_TRIGGER,
  ROLE_CHAIR,
  ROLE_SPEAKER,
  SIDE_TRIGGER,
  SPEECH_LEAD,
  SPEECH_VERB,
  SUBJECT_VERB,
} from './attendance-patterns.ts';
import { extractAwards } from './awards.ts';
import { findNames, titleAt, titleBefore } from './people.ts';

export interface AttendanceFacts {
  people: PersonFact[];
  groups: GroupFact[];
}

// A subject list before its verb is at most this long; longer, the verb belongs to another clause.
const SUBJECT_MAX = 400;
// A speaker named before "phát biểu" stands at most this far from it.
const SPEAKER_GAP_MAX = 80;
/** After "Phát biểu tại hội nghị, …", how far to look for the speaker's name, and how far in it must start to be the speaker (not a name later in the clause). */
const SPEECH_NAME_REACH = 120;
const SPEECH_NAME_START_MAX = 40;

/** One sentence of a passage: its bounds and where a list in it ends (before the full stop). */
interface Sentence {
  text: string;
  start: number;
  listEnd: number;
}

function rolesFrom(verbs: string): PersonRole[] {
  const roles: PersonRole[] = ['attendee'];
  if (ROLE_CHAIR.test(verbs)) roles.push('chair');
  if (ROLE_SPEAKER.test(verbs)) roles.push('speaker');
  return roles;
}

/** Lists of attendees: after a trigger, after "về phía …", after "có sự tham dự của", or before "dự". */
function attendees(ctx: Ctx, s: Sentence): void {
  const lt = LIST_TRIGGER.exec(s.text);
  if (lt) parseList(ctx, s.start + lt.index + lt[0].length, s.listEnd, rolesFrom(lt[1]));
  const st = lt ? null : SIDE_TRIGGER.exec(s.text);
  if (st) parseList(ctx, s.start + st.index + st[0].length, s.listEnd, ['attendee']);
  const pt = PRESENCE_TRIGGER.exec(s.text);
  if (pt) {
    const from = s.start + pt.index + pt[0].length;
    const stop = /[.;]|\s(?:và|đã|cùng)\s+(?:đông đủ|toàn thể)/u.exec(ctx.passage.text.slice(from, s.listEnd));
    parseList(ctx, from, stop ? from + stop.index : s.listEnd, rolesFrom(pt[0]));
  }
  if (lt) return;
  const sv = SUBJECT_VERB.exec(s.text);
  // "bầu đại biểu đi dự đại hội cấp trên": going to another congress, not attending this one.
  if (!sv || /(?<![\p{L}\p{N}])đi\s*$/u.test(s.text.slice(0, sv.index))) return;
  const verbAt = s.start + sv.index;
  const from = subjectStart(ctx.passage.text, s.start, verbAt);
  if (verbAt - from < SUBJECT_MAX) parseList(ctx, from, verbAt, rolesFrom(sv[1] ?? ''));
}

/** The chair: "dưới sự chủ trì của X", else "do X chủ trì", else "X chủ trì". */
function chair(ctx: Ctx, s: Sentence): void {
  const ca = CHAIR_AFTER.exec(s.text);
  if (ca) {
    const from = s.start + ca.index + ca[0].length;
    const stop = /[.;]|\s(?:và|cùng)\s+(?:các|đông đủ|toàn thể)/u.exec(ctx.passage.text.slice(from, s.listEnd));
    parseList(ctx, from, stop ? from + stop.index : s.listEnd, ['chair']);
    return;
  }
  const cd = CHAIR_DO.exec(s.text);
  if (cd) {
    const from = s.start + cd.index + cd[0].indexOf(cd[1]);
    parseList(ctx, from, from + cd[1].length, ['chair']);
    return;
  }
  const cv = CHAIR_VERB.exec(s.text);
  if (cv && !/dự\s+và\s*$/u.test(s.text.slice(0, cv.index))) {
    const verbAt = s.start + cv.index;
    parseList(ctx, subjectStart(ctx.passage.text, s.start, verbAt), verbAt, ['chair']);
  }
}

/** "Phát biểu …, Bí thư Tỉnh ủy, …": a title alone names someone met earlier; cite where they are named. */
function speakerByTitle(ctx: Ctx, from: number, listEnd: number): void {
  const t = titleAt(ctx.passage.text.slice(0, listEnd), from, true);
  const known = t ? ctx.people.find((p) => p.title === t.title) : undefined;
  if (t && known) ctx.people.push({ ...known, role: 'speaker', evidence: spanOf(ctx, from, t.end) });
}

/** Speakers: "Phát biểu tại hội nghị, đồng chí X, …", else "X phát biểu". */
function speakers(ctx: Ctx, s: Sentence): void {
  const text = ctx.passage.text;
  const sl = SPEECH_LEAD.exec(s.text);
  if (sl) {
    const from = s.start + sl[0].length;
    const first = findNames(text.slice(from, Math.min(s.listEnd, from + SPEECH_NAME_REACH)))[0];
    if (!first || first.start >= SPEECH_NAME_START_MAX) {
      speakerByTitle(ctx, from, s.listEnd);
      return;
    }
    const n = shifted(first, from);
    const after = titleAfter(text, n, s.listEnd);
    addPerson(ctx, 'speaker', n, after?.title ?? titleBefore(text, n.start, from), from, after ? after.end : n.end);
    return;
  }
  const sv = SPEECH_VERB.exec(s.text);
  if (!sv) return;
  const verbAt = s.start + sv.index;
  const from = subjectStart(text, s.start, verbAt);
  const last = findNames(text.slice(from, verbAt)).at(-1);
  if (!last || verbAt - (from + last.end) >= SPEAKER_GAP_MAX) return;
  const n = shifted(last, from);
  const after = titleAfter(text, n, verbAt);
  addPerson(ctx, 'speaker', n, after?.title ?? titleBefore(text, n.start, from), from, after ? after.end : n.end);
}

/** Attendance facts of one report, from its passages in reading order. */
export function extractAttendance(passages: Passage[]): AttendanceFacts {
  const people: PersonFact[] = [];
  const groups: GroupFact[] = [];
  for (const passage of passages) {
    const ctx: Ctx = { passage, people, groups };
    for (const { start, end } of splitSentences(passage.text)) {
      const text = passage.text.slice(start, end);
      const s: Sentence = { text, start, listEnd: end - (/[.…!?]$/u.test(text) ? 1 : 0) };
      attendees(ctx, s);
      chair(ctx, s);
      speakers(ctx, s);
      extractAwards(ctx, text, start);
    }
  }
  // A person named with a title once keeps it where the text names them bare.
  for (const p of people) {
    if (p.title) continue;
    p.title = people.find((q) => q.name === p.name && q.title)?.title ?? null;
  }
  return { people, groups };
}
