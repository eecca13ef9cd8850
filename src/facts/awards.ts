/**
 * Who gave awards to whom: "X trao <award> cho Y", clause by clause. The
 * presenters are named before the verb, the recipients after "cho"; recipients
 * that are not people (a collective, an office) become groups.
 */
import { AWARD, NOT_AWARD, RECIPIENTS_END } from './attendance-patterns.ts';
import { addPerson, type Ctx, shifted, spanOf, subjectStart, titleAfter } from './attendance-list.ts';
import { findNames, titleBefore } from './people.ts';

// A group recipient is a name of this many characters, or none.
const GROUP_NAME = { min: 3, max: 120 };
// Without a named recipient, a span runs at most this far past "cho".
const UNNAMED_SPAN_MAX = 120;

function awardInClause(ctx: Ctx, clause: string, cOff: number): void {
  const text = ctx.passage.text;
  const aw = AWARD.exec(clause);
  if (!aw) return;
  const verbAt = cOff + aw.index + (aw[0].length - aw[0].trimStart().length);
  const detail = aw[2].trim();
  if (NOT_AWARD.test(detail)) return; // flowers and gifts are not awards
  const presenterFrom = subjectStart(text, cOff, verbAt);
  const presenters = findNames(text.slice(presenterFrom, verbAt));
  const recFrom = cOff + aw.index + aw[0].length - aw[3].length;
  // The recipients end where the clause moves on ("…, sinh hoạt tại…", "…, chúc mừng…").
  const moveOn = RECIPIENTS_END.exec(aw[3]);
  const recEnd = recFrom + (moveOn ? moveOn.index : aw[3].length);
  const recipients = findNames(text.slice(recFrom, recEnd));
  const lastRecipient = recipients[recipients.length - 1];
  const spanEnd = lastRecipient ? recFrom + lastRecipient.end : Math.min(recEnd, recFrom + UNNAMED_SPAN_MAX);
  for (const p of presenters) {
    const n = shifted(p, presenterFrom);
    const title = titleAfter(text, n, verbAt)?.title ?? titleBefore(text, n.start, presenterFrom);
    addPerson(ctx, 'presenter', n, title, n.start, spanEnd, detail);
  }
  for (const r of recipients) {
    const n = shifted(r, recFrom);
    addPerson(ctx, 'recipient', n, null, verbAt, n.end, detail);
  }
  if (recipients.length > 0) return;
  const name = text
    .slice(recFrom, recEnd)
    .replace(/\s*(?:đã|vì|do|về|trong|nhân dịp)\s.*$/u, '')
    .trim();
  if (name.length < GROUP_NAME.min || name.length > GROUP_NAME.max) return;
  ctx.groups.push({ type: 'group', role: 'recipient', name: `${name} (${detail})`, span: spanOf(ctx, verbAt, recFrom + name.length) });
}

/** Awards in the sentence at [sStart, …) of the passage. */
export function extractAwards(ctx: Ctx, sentence: string, sStart: number): void {
  for (const clause of sentence.split(/;/)) awardInClause(ctx, clause, sStart + sentence.indexOf(clause));
}
