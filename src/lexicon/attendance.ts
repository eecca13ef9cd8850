/**
 * The attendance vocabulary (data/attendance.json): how reports say who came,
 * chaired, spoke and gave awards. Validated where it enters and put in one
 * tone-mark style, like the report text it is matched against.
 */
import { z } from 'zod';
import raw from './data/attendance.json' with { type: 'json' };
import { normalizeToneStyle } from '../text/normalize.ts';

const Words = z.array(z.string().min(1)).min(1);
const Example = z.object({
  sentence: z.string().min(1),
  attendees: z.array(z.string()).optional(),
  chair: z.array(z.string()).optional(),
  speakers: z.array(z.string()).optional(),
  presenters: z.array(z.string()).optional(),
  recipients: z.array(z.string()).optional(),
});
const Schema = z.object({
  meetingWords: Words,
  listVerbs: Words,
  listOpeners: Words,
  subjectVerbs: Words,
  subjectVerbLeads: Words,
  joinedVerbs: Words,
  roles: z.object({ chair: Words, speaker: Words }),
  presenceNouns: Words,
  sideLeads: Words,
  chairBefore: Words,
  chairVerbs: Words,
  speechVerbs: Words,
  awardVerbs: Words,
  notAwards: Words,
  recipientsEnd: Words,
  timeLeads: Words,
  connectorLeads: Words,
  onBehalfLeads: Words,
  groupLeads: Words,
  examples: z.array(Example).min(1),
});

export type AttendanceExample = z.infer<typeof Example>;

/** Every string in one tone-mark style ('uỷ' and 'ủy' are the same word to a reader). */
function toneStyled<T>(value: T): T {
  if (typeof value === 'string') return normalizeToneStyle(value.normalize('NFC')) as T;
  if (Array.isArray(value)) return value.map(toneStyled) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toneStyled(v)])) as T;
  return value;
}

export const ATTENDANCE = toneStyled(Schema.parse(raw));
