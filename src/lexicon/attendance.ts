/**
 * The attendance vocabulary (data/attendance.json): how reports say who came,
 * chaired, spoke and gave awards. Validated where it enters and put in one
 * tone-mark style, like the report text it is matched against.
 */
import { z } from 'zod';
import raw from './data/attendance.json' with { type: 'json' };
import { normalizeToneStyle } from '../text/normalize.ts';
import { toneStyled } from './pattern.ts';

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

export const ATTENDANCE = toneStyled(Schema.parse(raw), normalizeToneStyle);
