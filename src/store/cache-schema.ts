/**
 * The shape of what the facts cache's body holds, as zod schemas. At load the
 * body is trusted by its digest (see facts-cache.ts for why not by this
 * schema); test/store/cache-schema.test.ts runs these schemas over what the
 * parser and extractors write. Each schema is tied to its model type at
 * compile time (the `satisfies` lines), so the two cannot drift apart.
 */
import { z } from 'zod';
import { FIGURE_CATEGORIES, type FigureFact, type GroupFact, type PersonFact, type ReportFacts } from '../model/facts.ts';
import type { MeetingDate, Passage, Report, Span } from '../model/report.ts';

const nullable = <T extends z.ZodTypeAny>(t: T) => t.nullable();

const SpanSchema = z.object({
  doc: z.string(),
  passage: z.string().optional(),
  paragraph: z.number().int(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const MeetingDateSchema = z.object({
  iso: nullable(z.string()),
  year: nullable(z.number().int()),
  month: nullable(z.number().int()),
  day: nullable(z.number().int()),
  raw: nullable(z.string()),
  certainty: z.enum(['stated', 'header', 'inferred-from-reviewed-year', 'unknown']),
  paragraph: nullable(z.number().int()),
});

const PassageSchema = z.object({ id: z.string(), doc: z.string(), paragraph: z.number().int(), text: z.string() });

export const ReportSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleFromText: z.boolean(),
  headerDate: nullable(z.string()),
  headerDateLine: nullable(z.string()),
  headerLines: z.array(z.string()),
  date: MeetingDateSchema,
  kind: z.enum(['conference', 'congress', 'session', 'meeting']),
  term: nullable(z.string()),
  termSpan: nullable(SpanSchema),
  coveredYear: nullable(z.number().int()),
  coveredYearSpan: nullable(SpanSchema),
  office: nullable(z.string()),
  province: nullable(z.string()),
  byline: nullable(z.string()),
  source: nullable(z.string()),
  captions: z.array(z.string()),
  passages: z.array(PassageSchema),
  spellings: z.record(z.string(), z.string()),
});

const PersonSchema = z.object({
  type: z.literal('person'),
  role: z.enum(['attendee', 'chair', 'speaker', 'presenter', 'recipient']),
  name: z.string(),
  title: nullable(z.string()),
  detail: nullable(z.string()),
  span: SpanSchema,
  evidence: SpanSchema.optional(),
});

const GroupSchema = z.object({ type: z.literal('group'), role: z.enum(['attendee', 'recipient']), name: z.string(), span: SpanSchema });

const FigureSchema = z.object({
  type: z.literal('figure'),
  category: z.enum(FIGURE_CATEGORIES),
  value: z.number(),
  of: nullable(z.number()),
  qualifier: nullable(z.string()),
  unit: z.string(),
  raw: z.string(),
  year: nullable(z.number().int()),
  term: nullable(z.string()),
  yearSpan: nullable(SpanSchema),
  previousTerm: z.boolean(),
  change: nullable(z.object({ direction: z.enum(['up', 'down', 'over-target']), percent: z.number(), against: nullable(z.string()), raw: z.string() })),
  span: SpanSchema,
});

export const ReportFactsSchema = z.object({ doc: z.string(), people: z.array(PersonSchema), groups: z.array(GroupSchema), figures: z.array(FigureSchema) });

// Compile-time ties: a schema that no longer matches its model type fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<z.infer<typeof SpanSchema>, Span>;
true satisfies Same<z.infer<typeof MeetingDateSchema>, MeetingDate>;
true satisfies Same<z.infer<typeof PassageSchema>, Passage>;
true satisfies Same<z.infer<typeof ReportSchema>, Report>;
true satisfies Same<z.infer<typeof PersonSchema>, PersonFact>;
true satisfies Same<z.infer<typeof GroupSchema>, GroupFact>;
true satisfies Same<z.infer<typeof FigureSchema>, FigureFact>;
true satisfies Same<z.infer<typeof ReportFactsSchema>, ReportFacts>;
