/**
 * The figure patterns, built once from the figure vocabulary
 * (lexicon/data/figures.json): the shapes live here, the words in the data.
 */
import { FIGURES as F } from '../lexicon/figures.ts';
import { ATTENDANCE } from '../lexicon/attendance.ts';
import { alternation as alt, NOT_WORD_AFTER } from '../lexicon/pattern.ts';
import type { FigureCategory } from '../model/facts.ts';

const AWARD_NAME = alt(F.awards.names);
const RECEIVED = alt(F.awards.receivedVerbs);
const PEOPLE = alt(F.peopleNouns);

export const UNIT_STOP = new Set(F.unitStops);
/** "số văn bản đến là 25.678": a unit before its number. Group 1: the unit. */
export const UNIT_BEFORE = new RegExp(String.raw`(${alt(F.unitsBefore)})\s*${alt(F.unitBeforeLinks)}\s*$`, 'iu');
export const DURATION = new RegExp(`^${alt(F.durations)}${NOT_WORD_AFTER}`, 'iu');
export const AWARD_WORDS = new RegExp(alt([...F.awards.names, ...F.awards.alsoUnits]), 'iu');
export const TARGETS = new RegExp(alt(F.targets), 'iu');
export const NOT_COUNT_BEFORE = new RegExp(String.raw`${alt(F.notCounts)}\s*$`, 'u');
/** How far before a number to look for those words: the longest of them and a few spaces, so a longer entry in the data still works. */
export const NOT_COUNT_REACH = Math.max(...F.notCounts.map((w) => w.length)) + 4;

export const DOCUMENT_UNIT = new RegExp(String.raw`^${alt(F.documents.nouns)}(?![\p{L}])`, 'u');
/** Per flow: the unit's last word ("văn bản đến") and the verbs before the number. */
export const DOCUMENT_FLOWS = (Object.entries(F.documents.flows) as [FigureCategory, (typeof F.documents.flows)['documents-received']][]).map(
  ([category, flow]) => ({
    category,
    unitEnd: flow.unitEnd.length ? new RegExp(String.raw`(?:^|\s)${alt(flow.unitEnd)}$`, 'u') : null,
    verbs: new RegExp(alt(flow.verbs), 'gu'),
  }),
);
export const MEETING_UNIT = new RegExp(`^${alt(F.meetings.units)}`, 'u');
export const PROGRAMME_UNIT = new RegExp(`^${alt(F.programmeItems.units)}`, 'u');
export const AWARD_UNIT = new RegExp(`^${AWARD_NAME}`, 'u');
export const NEW_MEMBERS_UNIT = new RegExp(alt(F.partyMembers.newUnits), 'u');
export const ADMITTED_BEFORE = new RegExp(String.raw`${alt(F.partyMembers.admitVerbs)}\s*$`, 'u');
export const MEMBERS_UNIT = new RegExp(alt(F.partyMembers.units), 'u');
export const MEMBERS_UNIT_START = new RegExp(`^${alt(F.partyMembers.units)}`, 'u');
export const PEOPLE_UNIT = new RegExp(`^${PEOPLE}`, 'u');
export const CELLS_UNIT = new RegExp(`^${alt(F.partyCells.units)}`, 'u');
/** "(12 tập thể) được tặng Bằng khen …". Group 1: the award. */
export const AWARD_AFTER = new RegExp(String.raw`^(?:\s+${RECEIVED})(?:\s+[\p{L}]+){0,6}?\s+(${AWARD_NAME}[^,;.()]*)`, 'iu');
/** "(10 tập thể) và 43 cá nhân được nhận Giấy khen": the award covers both. */
export const AWARD_AFTER_PAIR = new RegExp(String.raw`^\s+và\s+[\d.,]+\s+${PEOPLE}(?:\s+${RECEIVED})(?:\s+[\p{L}]+){0,6}?\s+(${AWARD_NAME}[^,;.()]*)`, 'iu');
/** "tặng huy hiệu 35 và 45 năm tuổi Đảng cho (2 đảng viên)". */
export const AWARD_GIVEN_BEFORE = new RegExp(
  String.raw`${alt(ATTENDANCE.awardVerbs)}\s+(${AWARD_NAME}[^;]*?)\s+cho\s*(?:[\d.,]+\s+[\p{L}]+(?:\s+[\p{L}]+)?\s+và\s*)?$`,
  'iu',
);
/** "Giấy khen vì đã có thành tích…": the reason that follows an award's name. */
export const AWARD_REASON = /\s+(?:vì|do|nhờ|đã|về|có|trong)\s.*$/u;

const CHANGE_WORDS = [...F.changes.up, ...F.changes.down, ...F.changes['over-target']];
/** "tăng 3,5% so với năm 2017" after a figure. Groups: verb, percent, comparison. */
export const CHANGE = new RegExp(String.raw`^\s*[(,]?\s*(?:,\s*)?(${alt(CHANGE_WORDS)})\s+(\d+(?:,\d+)?)\s*%(?:\s+(so với\s+[^,;)]+))?\)?`, 'iu');
export const PERCENT_VERB_BEFORE = new RegExp(String.raw`(${alt([...CHANGE_WORDS, 'đạt'])})\s*$`, 'iu');

export function changeDirection(verb: string): 'up' | 'down' | 'over-target' {
  const v = verb.toLowerCase();
  if (F.changes.down.includes(v)) return 'down';
  if (F.changes['over-target'].includes(v)) return 'over-target';
  return 'up';
}

/** Years: "(trong) năm 2018" unless a comparison or plan leads it (group 1), the year (group 2). */
export const YEAR_MARK = new RegExp(String.raw`(?:(${alt(F.notResultYears)})\s+)?(?:(?:trong\s+)?năm\s+)(\d{4})(?!\s*[-–])`, 'giu');
export const COVERED_YEAR = new RegExp(alt(F.coveredYear), 'giu');
export const PREVIOUS_TERM = new RegExp(`${alt(F.previousTerm)}(?!\\s*\\d)`, 'giu');
