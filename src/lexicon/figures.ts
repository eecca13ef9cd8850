/**
 * The figure vocabulary (data/figures.json): what a number in a report
 * counts, and the words a question uses for the same thing. Validated where it
 * enters; report words put in the tone style report text is matched in.
 */
import { z } from 'zod';
import raw from './data/figures.json' with { type: 'json' };
import { normalizeToneStyle } from '../text/normalize.ts';
import { toneStyled } from './pattern.ts';

const Words = z.array(z.string().min(1));
const Flow = z.object({ unitEnd: Words, verbs: Words.min(1), question: Words.min(1) });
const UnitsAndQuestion = z.object({ units: Words.min(1), question: Words.min(1) });
const Example = z.union([
  z.object({ report: z.string().min(1), category: z.string() }),
  z.object({ question: z.string().min(1), categories: z.array(z.string()) }),
]);
const Schema = z.object({
  documents: z.object({
    nouns: Words.min(1),
    question: Words.min(1),
    flows: z.object({ 'documents-received': Flow, 'documents-issued': Flow, 'documents-processed': Flow }),
  }),
  meetings: UnitsAndQuestion,
  programmeItems: UnitsAndQuestion,
  awards: z.object({ names: Words.min(1), alsoUnits: Words, receivedVerbs: Words.min(1), question: Words.min(1) }),
  partyMembers: z.object({ newUnits: Words.min(1), admitVerbs: Words.min(1), units: Words.min(1), questionNew: Words.min(1), question: Words.min(1) }),
  partyCells: UnitsAndQuestion,
  peopleNouns: Words.min(1),
  unitsBefore: Words.min(1),
  unitBeforeLinks: Words.min(1),
  unitStops: Words.min(1),
  durations: Words.min(1),
  targets: Words.min(1),
  changes: z.object({ up: Words, down: Words, 'over-target': Words }),
  notResultYears: Words,
  coveredYear: Words,
  previousTerm: Words,
  notCounts: Words,
  examples: z.array(Example).min(1),
});

export type FigureExample = z.infer<typeof Example>;

export const FIGURES = toneStyled(Schema.parse(raw), normalizeToneStyle);
