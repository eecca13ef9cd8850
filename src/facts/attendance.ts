/**
 * Who was there and what they did: attendees (people and groups), the chair,
 * speakers, and who presented awards to whom. Each fact keeps the exact
 * passage span it was read from.
 *
 * Phrasings handled (case-insensitive, any meeting word):
 *  - list after a trigger: "Dự Hội nghị có …", "Tham dự … có các đồng chí: …",
 *    "Dự, chỉ đạo và chúc mừng Đại hội có …", "Cùng dự có …", "… có sự tham dự của …"
 *  - subject before the verb: "X; Y cùng Z dự hội nghị", "X đã đến dự và phát biểu …",
 *    "X dự và chủ trì …"
 *  - chair: "X chủ trì", "do X chủ trì", "dưới sự chủ trì của X", "Chủ trì hội nghị có X"
 *  - speakers: "Phát biểu tại hội nghị, đồng chí X, title …", "X phát biểu …"
 *  - awards: "X trao/tặng <award> cho Y"
 */
import type { GroupFact, PersonFact, PersonRole } from '../model/facts.ts';
import type { Passage } from '../model/report.ts';
import { splitSentences } from '../text/sentences.ts';
import { findNames, looksLikeGroup, titleAt, titleBefore, type NameMatch } from './people.ts';

const MEETING = '(?:hội nghị|đại hội|phiên họp|kỳ họp|buổi lễ|lễ|buổi làm việc|hội thảo|buổi gặp mặt|chương trình|sự kiện)';
// "Dự", "Tham dự", "Tới dự", "Về dự", "Cùng dự", "Đến dự và chỉ đạo", "Dự, chỉ đạo và chúc mừng" … then "có/gồm".
const LIST_TRIGGER = new RegExp(
  String.raw`^(?:[^,]{0,40},\s*)?((?:(?:tới|đến|về|cùng|tham)\s+)?(?:tham\s+)?dự(?:(?:\s*,\s*|\s+và\s+|\s+)(?:chỉ đạo|chủ trì|chúc mừng|phát biểu|làm việc))*)(?:\s+${MEETING}[^:;]{0,60}?|[^:;]{0,40}?)\s(?:có|gồm|là)\s*(?:sự hiện diện của\s*)?`,
  'iu',
);
// "Về phía tỉnh có đồng chí …", "Về phía lãnh đạo Văn phòng có …" (after a sentence saying who attended).
const SIDE_TRIGGER = /^(?:[^,]{0,40},\s*)?về phía [^,:;]{2,60}?,?\s+(?:có|gồm)\s*(?:sự tham dự của\s*)?/iu;
const PRESENCE_TRIGGER = /(?:có|với)\s+sự\s+(?:tham dự|hiện diện|có mặt|tham gia)(?:\s+và\s+(?:chỉ đạo|chủ trì|phát biểu)(?:\s+của)?)?\s+của\s+/iu;
// Subject before the verb: "… (đã) (đến/về/tới) (tham) dự (và phát biểu/chủ trì/chỉ đạo) hội nghị".
const SUBJECT_VERB = new RegExp(
  String.raw`\s(?:đã\s+|cũng\s+)?(?:(?:đến|về|tới)\s+)?(?:tham\s+)?dự((?:\s+và\s+(?:phát biểu(?:\s+chỉ đạo)?|chỉ đạo|chủ trì|chúc mừng|trao|tặng))*)(?=\s+${MEETING}|\s+và\s|[.,;]|$)`,
  'iu',
);
const CHAIR_AFTER = /(?:dưới sự chủ trì của|chủ trì\s+(?:hội nghị|đại hội|phiên họp|kỳ họp)?\s*(?:có|là)|đồng chủ trì\s+(?:hội nghị\s+)?(?:có|là))\s*/iu;
const CHAIR_DO = /(?<![\p{L}\p{N}])do\s+(.{3,160}?)\s+(?:đồng\s+)?chủ trì/iu;
const CHAIR_VERB = /\s(?:đã\s+|cùng\s+)?(?:đồng\s+)?chủ trì(?![\p{L}\p{N}])/iu;
const SPEECH_LEAD = /^phát biểu[^,]{0,60},\s*/iu;
const SPEECH_VERB = /\s(?:đã\s+)?phát biểu(?![\p{L}\p{N}])/iu;
// After a name, a title follows a comma or a dash ("Nguyễn Văn A, Phó Chủ tịch…", "Nguyễn Văn A – Phó Chủ tịch…").
const TITLE_FOLLOWS = /^\s*(?:,|\s[-–—])\s*/u;
const AWARD = /(?:^|\s)(?:đã\s+)?(trao tặng|trao|tặng|gắn)\s+(.{3,100}?)\s+cho\s+([^;.]+)/iu;

export interface AttendanceFacts {
  people: PersonFact[];
  groups: GroupFact[];
}

interface Ctx {
  passage: Passage;
  people: PersonFact[];
  groups: GroupFact[];
}

function addPerson(ctx: Ctx, role: PersonRole, m: NameMatch, title: string | null, spanStart: number, spanEnd: number, detail: string | null = null): void {
  const { passage } = ctx;
  if (ctx.people.some((p) => p.role === role && p.name === m.name && p.span.paragraph === passage.paragraph)) return;
  ctx.people.push({
    type: 'person',
    role,
    name: m.name,
    title: title && title.length > 1 ? title : null,
    detail,
    span: { doc: passage.doc, passage: passage.id, paragraph: passage.paragraph, start: spanStart, end: spanEnd },
  });
}

function addGroup(ctx: Ctx, role: GroupFact['role'], raw: string, start: number): void {
  let name = raw.replace(/^[\s,:;]+|[\s,:;.…]+$/gu, '');
  const lead = /^(?:và|cùng(?:\s+với)?|các đồng chí|cùng dự|cùng tham dự)\s+/iu.exec(name);
  let offset = raw.indexOf(name);
  if (lead) {
    name = name.slice(lead[0].length);
    offset += lead[0].length;
  }
  if (!looksLikeGroup(name)) return;
  if (ctx.groups.some((g) => g.role === role && g.name === name)) return;
  const s = start + offset;
  ctx.groups.push({
    type: 'group',
    role,
    name,
    span: { doc: ctx.passage.doc, passage: ctx.passage.id, paragraph: ctx.passage.paragraph, start: s, end: s + name.length },
  });
}

/**
 * Parse a list of attendees ("đồng chí A, chức vụ; B, chức vụ; lãnh đạo X cùng Y")
 * lying at [from, to) of the passage text; adds each person (with title) and group.
 */
function parseList(ctx: Ctx, from: number, to: number, roles: PersonRole[]): number {
  const text = ctx.passage.text;
  const names = findNames(text.slice(from, to)).map((n) => ({ ...n, start: n.start + from, end: n.end + from }));
  let added = 0;
  let cursor = from;
  const covered: [number, number][] = [];
  names.forEach((n, i) => {
    const nextStart = names[i + 1]?.start ?? to;
    let title: string | null = null;
    let end = n.end;
    const after = titleAt(text.slice(0, nextStart), n.end);
    if (after && TITLE_FOLLOWS.test(text.slice(n.end, n.end + 4))) {
      title = after.title;
      end = Math.min(after.end, nextStart);
      // In a list, a title runs on to the next separator ("Trưởng ban Pháp chế HĐND tỉnh;").
      const rest = /^[^,;]*/u.exec(text.slice(end, Math.min(to, nextStart)))?.[0] ?? '';
      if (rest.trim() && !/\s(?:cùng|và|dự|đã|phát biểu|chủ trì)\s/u.test(` ${rest} `) && rest.length < 60) {
        title = `${title}${rest}`.trim();
        end += rest.length;
      }
    } else {
      title = titleBefore(text, n.start, cursor);
    }
    // Honorific and a title before the name belong to this person's span.
    let start = n.start;
    const honor = /(?:các\s+)?(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|đ\/c|Đ\/c)\s*:?\s*$/u.exec(text.slice(cursor, n.start));
    if (honor) start = cursor + honor.index;
    if (title && !TITLE_FOLLOWS.test(text.slice(n.end, n.end + 4))) {
      const at = text.lastIndexOf(title, n.start);
      if (at >= cursor) start = Math.min(start, at);
    }
    for (const role of roles) addPerson(ctx, role, n, title, start, end);
    covered.push([start, end]);
    added++;
    cursor = end;
  });
  // What no person covers: groups ("lãnh đạo Đảng ủy Khối …", "đại diện …").
  let pos = from;
  const gaps: [number, number][] = [];
  for (const [s, e] of covered) {
    if (s > pos) gaps.push([pos, s]);
    pos = Math.max(pos, e);
  }
  if (pos < to) gaps.push([pos, to]);
  if (roles.includes('attendee')) {
    for (const [s, e] of gaps) {
      const chunk = text.slice(s, e);
      let off = 0;
      for (const part of chunk.split(/(\s*;\s*|\s+cùng(?:\s+với)?\s+|\s+và\s+(?=(?:lãnh đạo|đại diện|các|toàn thể|đại biểu)))/u)) {
        if (part && !/^\s*(;|cùng|và)/u.test(part)) addGroup(ctx, 'attendee', part, s + off);
        off += part.length;
      }
    }
  }
  return added;
}

function rolesFrom(verbs: string): PersonRole[] {
  const roles: PersonRole[] = ['attendee'];
  if (/chủ trì/iu.test(verbs)) roles.push('chair');
  if (/phát biểu|chỉ đạo/iu.test(verbs)) roles.push('speaker');
  return roles;
}

/** Where the subject of a clause starts: after a leading time or place phrase ("Chiều 8-3, …"). */
function subjectStart(text: string, sentStart: number, verbAt: number): number {
  const clause = text.slice(sentStart, verbAt);
  const semi = clause.lastIndexOf('. ');
  let s = semi >= 0 ? sentStart + semi + 2 : sentStart;
  const lead =
    /^(?:(?:sáng|chiều|tối|trưa|hôm|ngày)[^,]{0,30},\s*|(?:trước đó|sau đó|tiếp đó|đồng thời|nhân dịp này|dịp này|tại đây|cũng tại hội nghị|thay mặt[^,]{0,60}),\s*)+/iu.exec(
      text.slice(s, verbAt),
    );
  if (lead) s += lead[0].length;
  return s;
}

function extractFromSentence(ctx: Ctx, sStart: number, sEnd: number): void {
  const text = ctx.passage.text;
  const sentence = text.slice(sStart, sEnd);
  const listEnd = sEnd - (/[.…!?]$/u.test(sentence) ? 1 : 0);

  // 1. "Dự … có …" / "Tham dự … có các đồng chí: …"
  const lt = LIST_TRIGGER.exec(sentence);
  if (lt) {
    parseList(ctx, sStart + lt.index + lt[0].length, listEnd, rolesFrom(lt[1]));
  }
  // 1b. "Về phía tỉnh có …"
  const st = lt ? null : SIDE_TRIGGER.exec(sentence);
  if (st) parseList(ctx, sStart + st.index + st[0].length, listEnd, ['attendee']);
  // 2. "… có sự tham dự của …"
  const pt = PRESENCE_TRIGGER.exec(sentence);
  if (pt) {
    const from = sStart + pt.index + pt[0].length;
    const stop = /[.;]|\s(?:và|đã|cùng)\s+(?:đông đủ|toàn thể)/u.exec(text.slice(from, listEnd));
    parseList(ctx, from, stop ? from + stop.index : listEnd, rolesFrom(pt[0]));
  }
  // 3. "X dự hội nghị", "X đã đến dự và phát biểu chỉ đạo"
  if (!lt) {
    const sv = SUBJECT_VERB.exec(sentence);
    // "bầu đại biểu đi dự đại hội cấp trên": going to another congress, not attending this one.
    // ("dự án", "dự thảo"… never match: the verb must be followed by a meeting word, "và" or punctuation.)
    if (sv && !/(?<![\p{L}\p{N}])đi\s*$/u.test(sentence.slice(0, sv.index))) {
      const verbAt = sStart + sv.index;
      const from = subjectStart(text, sStart, verbAt);
      if (verbAt - from < 400) parseList(ctx, from, verbAt, rolesFrom(sv[1] ?? ''));
    }
  }
  // 4. Chair.
  const ca = CHAIR_AFTER.exec(sentence);
  if (ca) {
    const from = sStart + ca.index + ca[0].length;
    const stop = /[.;]|\s(?:và|cùng)\s+(?:các|đông đủ|toàn thể)/u.exec(text.slice(from, listEnd));
    parseList(ctx, from, stop ? from + stop.index : listEnd, ['chair']);
  } else {
    const cd = CHAIR_DO.exec(sentence);
    if (cd) {
      const from = sStart + cd.index + cd[0].indexOf(cd[1]);
      parseList(ctx, from, from + cd[1].length, ['chair']);
    } else {
      const cv = CHAIR_VERB.exec(sentence);
      if (cv && !/dự\s+và\s*$/u.test(sentence.slice(0, cv.index))) {
        const verbAt = sStart + cv.index;
        parseList(ctx, subjectStart(text, sStart, verbAt), verbAt, ['chair']);
      }
    }
  }
  // 5. Speakers.
  const sl = SPEECH_LEAD.exec(sentence);
  if (sl) {
    const from = sStart + sl[0].length;
    const first = findNames(text.slice(from, Math.min(listEnd, from + 120)))[0];
    if (!first || first.start >= 40) {
      // "Phát biểu …, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh biểu dương…": a title alone names someone met earlier.
      const t = titleAt(text.slice(0, listEnd), from, true);
      const known = t ? ctx.people.find((p) => p.title === t.title) : undefined;
      if (t && known) {
        // Cite the passage that names them; keep the speech as further evidence.
        ctx.people.push({
          ...known,
          role: 'speaker',
          evidence: { doc: ctx.passage.doc, passage: ctx.passage.id, paragraph: ctx.passage.paragraph, start: from, end: t.end },
        });
      }
    } else {
      const n = { ...first, start: first.start + from, end: first.end + from };
      const after = TITLE_FOLLOWS.test(text.slice(n.end, n.end + 4)) ? titleAt(text.slice(0, listEnd), n.end) : null;
      const title = after?.title ?? titleBefore(text, n.start, from);
      addPerson(ctx, 'speaker', n, title, from, after ? after.end : n.end);
    }
  } else {
    const sv = SPEECH_VERB.exec(sentence);
    if (sv) {
      const verbAt = sStart + sv.index;
      const from = subjectStart(text, sStart, verbAt);
      const names = findNames(text.slice(from, verbAt));
      const last = names[names.length - 1];
      if (last && verbAt - (from + last.end) < 80) {
        const n = { ...last, start: last.start + from, end: last.end + from };
        const after = TITLE_FOLLOWS.test(text.slice(n.end, n.end + 4)) ? titleAt(text.slice(0, verbAt), n.end) : null;
        addPerson(ctx, 'speaker', n, after?.title ?? titleBefore(text, n.start, from), from, after ? after.end : n.end);
      }
    }
  }
  // 6. Awards: "X trao <award> cho Y".
  for (const clause of sentence.split(/;/)) {
    const cOff = sStart + sentence.indexOf(clause);
    const aw = AWARD.exec(clause);
    if (!aw) continue;
    const verbAt = cOff + aw.index + (aw[0].length - aw[0].trimStart().length);
    const detail = aw[2].trim();
    if (/^(?:bó |lẵng |giỏ )?(?:hoa|quà)\b/iu.test(detail)) continue; // flowers and gifts are not awards
    const presenterFrom = subjectStart(text, cOff, verbAt);
    const presenters = findNames(text.slice(presenterFrom, verbAt));
    const recFrom = cOff + aw.index + aw[0].length - aw[3].length;
    // The recipients end where the clause moves on ("…, sinh hoạt tại…", "…, chúc mừng…").
    const moveOn = /,\s+(?:sinh hoạt|chúc mừng|đồng thời|mong|nhằm|để|vì|đã|với|tiến hành|ghi nhận)(?![\p{L}\p{N}])/u.exec(aw[3]);
    const recEnd = recFrom + (moveOn ? moveOn.index : aw[3].length);
    const recipients = findNames(text.slice(recFrom, recEnd));
    aw[3] = text.slice(recFrom, recEnd);
    const lastRecipient = recipients[recipients.length - 1];
    const spanEnd = lastRecipient ? recFrom + lastRecipient.end : Math.min(recEnd, recFrom + 120);
    for (const p of presenters) {
      const n = { ...p, start: p.start + presenterFrom, end: p.end + presenterFrom };
      const after = TITLE_FOLLOWS.test(text.slice(n.end, n.end + 4)) ? titleAt(text.slice(0, verbAt), n.end) : null;
      addPerson(ctx, 'presenter', n, after?.title ?? titleBefore(text, n.start, presenterFrom), n.start, spanEnd, detail);
    }
    for (const r of recipients) {
      const n = { ...r, start: r.start + recFrom, end: r.end + recFrom };
      addPerson(ctx, 'recipient', n, null, verbAt, n.end, detail);
    }
    if (recipients.length === 0) {
      const name = aw[3].replace(/\s*(?:đã|vì|do|về|trong|nhân dịp)\s.*$/u, '').trim();
      if (name.length >= 3 && name.length <= 120) {
        ctx.groups.push({
          type: 'group',
          role: 'recipient',
          name: `${name} (${detail})`,
          span: { doc: ctx.passage.doc, passage: ctx.passage.id, paragraph: ctx.passage.paragraph, start: verbAt, end: recFrom + name.length },
        });
      }
    }
  }
}

/** Attendance facts of one report, from its passages in reading order. */
export function extractAttendance(passages: Passage[]): AttendanceFacts {
  const people: PersonFact[] = [];
  const groups: GroupFact[] = [];
  for (const passage of passages) {
    const ctx: Ctx = { passage, people, groups };
    for (const s of splitSentences(passage.text)) extractFromSentence(ctx, s.start, s.end);
  }
  // A person named with a title once keeps it where the text names them bare.
  for (const p of people) {
    if (p.title) continue;
    p.title = people.find((q) => q.name === p.name && q.title)?.title ?? null;
  }
  return { people, groups };
}
