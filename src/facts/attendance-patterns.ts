/**
 * The attendance patterns, built once from the attendance vocabulary
 * (lexicon/data/attendance.json). The shapes of the sentences live here; the
 * words that fill them live in the data, so a new phrasing is a data edit.
 */
import { ATTENDANCE as A } from '../lexicon/attendance.ts';
import { alternation as alt, NOT_WORD_AFTER, NOT_WORD_BEFORE } from '../lexicon/pattern.ts';

const MEETING = alt(A.meetingWords);
const JOINED = alt(A.joinedVerbs);
const OPENER = alt(A.listOpeners);
const PRESENCE = alt(A.presenceNouns);
const CHAIR_VERB_WORDS = alt(A.chairVerbs);

/** "Dự", "Tới tham dự", "Dự, chỉ đạo và chúc mừng" (meeting …) then "có/gồm/là" and the list. Group 1: the verbs. */
export const LIST_TRIGGER = new RegExp(
  String.raw`^(?:[^,]{0,40},\s*)?(${alt(A.listVerbs)}(?:(?:\s*,\s*|\s+và\s+|\s+)${JOINED})*)(?:\s+${MEETING}[^:;]{0,60}?|[^:;]{0,40}?)\s${OPENER}\s*(?:sự\s+${PRESENCE}\s+của\s*)?`,
  'iu',
);
/** "Về phía tỉnh có đồng chí …" (after a sentence saying who attended). */
export const SIDE_TRIGGER = new RegExp(
  String.raw`^(?:[^,]{0,40},\s*)?${alt(A.sideLeads)}\s+[^,:;]{2,60}?,?\s+${OPENER}\s*(?:sự\s+${PRESENCE}\s+của\s*)?`,
  'iu',
);
/** "… có sự tham dự (và chỉ đạo) của …". */
export const PRESENCE_TRIGGER = new RegExp(String.raw`(?:có|với)\s+sự\s+${PRESENCE}(?:\s+và\s+${JOINED}(?:\s+của)?)?\s+của\s+`, 'iu');
/** The subject before the verb: "… (đã) dự (và phát biểu) hội nghị". Group 1: the joined verbs. */
export const SUBJECT_VERB = new RegExp(
  String.raw`\s(?:${alt(A.subjectVerbLeads)}\s+)?${alt(A.subjectVerbs)}((?:\s+và\s+${JOINED})*)(?=\s+${MEETING}|\s+và\s|[.,;]|$)`,
  'iu',
);
/** "Dưới sự chủ trì của X", "chủ trì hội nghị có X". */
export const CHAIR_AFTER = new RegExp(String.raw`(?:${alt(A.chairBefore)}|${CHAIR_VERB_WORDS}\s+(?:${MEETING}\s*)?${OPENER})\s*`, 'iu');
/** "do X chủ trì". Group 1: X. */
export const CHAIR_DO = new RegExp(String.raw`${NOT_WORD_BEFORE}do\s+(.{3,160}?)\s+${CHAIR_VERB_WORDS}${NOT_WORD_AFTER}`, 'iu');
/** "X (đã) chủ trì". */
export const CHAIR_VERB = new RegExp(String.raw`\s(?:đã\s+|cùng\s+)?${CHAIR_VERB_WORDS}${NOT_WORD_AFTER}`, 'iu');
/** "Phát biểu tại hội nghị, X …". */
export const SPEECH_LEAD = new RegExp(String.raw`^${alt(A.speechVerbs)}[^,]{0,60},\s*`, 'iu');
/** "X (đã) phát biểu". */
export const SPEECH_VERB = new RegExp(String.raw`\s(?:đã\s+)?${alt(A.speechVerbs)}${NOT_WORD_AFTER}`, 'iu');
/** "X trao <award> cho Y". Groups: verb, award, recipients. */
export const AWARD = new RegExp(String.raw`(?:^|\s)(?:đã\s+)?(${alt(A.awardVerbs)})\s+(.{3,100}?)\s+cho\s+([^;.]+)`, 'iu');
/** Things handed over that are not awards. */
export const NOT_AWARD = new RegExp(`^${alt(A.notAwards)}${NOT_WORD_AFTER}`, 'iu');
/** Where a list of recipients has moved on ("…, sinh hoạt tại…"). */
export const RECIPIENTS_END = new RegExp(String.raw`,\s+${alt(A.recipientsEnd)}${NOT_WORD_AFTER}`, 'u');
/** A leading time, connector or "on behalf of" phrase before a subject. */
export const CLAUSE_LEAD = new RegExp(
  String.raw`^(?:${alt(A.timeLeads)}[^,]{0,30},\s*|(?:${alt(A.connectorLeads)}|${alt(A.onBehalfLeads)}[^,]{0,60}),\s*)+`,
  'iu',
);
/** Words that open a group's name in a list ("cùng với lãnh đạo …"). */
export const GROUP_LEAD = new RegExp(String.raw`^${alt(A.groupLeads)}\s+`, 'iu');
/** Verbs inside a list that end a title running on ("…; đồng chí X, Trưởng ban Pháp chế HĐND tỉnh; …"). */
export const TITLE_STOP = new RegExp(String.raw`\s(?:cùng|và|đã|${alt([...A.subjectVerbs, ...A.speechVerbs, ...A.chairVerbs])})\s`, 'u');
/** Which roles the joined verbs give: "dự và chủ trì" makes a chair too. */
export const ROLE_CHAIR = new RegExp(alt(A.roles.chair), 'iu');
export const ROLE_SPEAKER = new RegExp(alt(A.roles.speaker), 'iu');
/** After a name, a title follows a comma or a dash ("Nguyễn Văn A, Phó Chủ tịch…", "Nguyễn Văn A – Phó Chủ tịch…"). */
export const TITLE_FOLLOWS = /^\s*(?:,|\s[-–—])\s*/u;
