/** How a question leans on the one before it (followups.json), validated where it enters; matched on folded words (starters, enders) or as written (pronouns). */
import { z } from 'zod';
import raw from './data/followups.json' with { type: 'json' };
import { foldKey, tokenize } from '../text/normalize.ts';

const words = z.array(z.string().min(1));
const Example = z.object({
  previous: z.string(),
  question: z.string(),
  kind: z.enum(['change', 'same-meeting', 'new']),
  asks: z.string().optional(),
});

const data = z
  .object({
    _note: z.string().optional(),
    starters: words,
    enders: words,
    pronouns: z.object({ en: words, vi: words }),
    offices: words,
    examples: z.array(Example),
  })
  .parse(raw);

const phrase = (s: string) => foldKey(s).split(/\s+/).filter(Boolean);

export const FOLLOW_UPS = {
  /** folded word sequences, longest first, so "and in" is taken before "and" */
  starters: data.starters.map(phrase).sort((a, b) => b.length - a.length),
  enders: data.enders.map(phrase).sort((a, b) => b.length - a.length),
  /** as written, lower case (NFC) */
  pronouns: { en: data.pronouns.en.map((p) => p.toLowerCase().split(/\s+/)), vi: data.pronouns.vi.map((p) => p.normalize('NFC').toLowerCase().split(/\s+/)) },
  /** office phrases as folded tokens ("people's" is two), longest first */
  offices: data.offices.map((o) => tokenize(o).map((t) => t.folded)).sort((a, b) => b.length - a.length),
  examples: data.examples,
};
export type FollowUpExample = z.infer<typeof Example>;
