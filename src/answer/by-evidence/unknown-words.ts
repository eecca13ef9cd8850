/**
 * Words a question leans on that nothing in the reports or the data files
 * holds: a name ("the mayor of Paris") or the thing counted ("how many
 * bicycles"). Rather than quote whatever fits the other words, the answer
 * says the reports do not hold it, and offers what they do hold (the kinds of
 * figure they count, the closest meetings) and a search. A claim about the
 * text: made only when no report holds the word, whole, folded.
 */
import { lookups } from '../../store/lookups.ts';
import { isKnownWord } from '../../understand/spelling.ts';
import { reportsHolding } from '../reports-holding.ts';
import { STOPWORDS } from '../../lexicon/stopwords.ts';
import { questionCueHits } from '../../lexicon/lexicon.ts';
import { CATEGORY_NAME } from '../messages.ts';
import { OFFERED_KINDS } from '../../model/facts.ts';
import { DID_YOU_MEAN } from './did-you-mean-messages.ts';
import type { RankedReport } from '../rank-reports.ts';
import { type Ctx, pool, say } from './context.ts';
import { LIMITS } from '../../limits.ts';

const ENGLISH_STOP = new Set(STOPWORDS.en.map((w) => w.toLowerCase()));

/**
 * Capitalised words inside a Vietnamese sentence that no report or data file
 * holds ("thị trưởng Paris"): a name the reports never mention. Vietnamese
 * capitalises names only; English capitalises "Party", "Emulation",
 * "September", which a Vietnamese corpus does not hold either, so English
 * questions are not read this way.
 */
export function unknownNames(ctx: Ctx): string[] {
  const { q, corpus } = ctx;
  if (q.u.lang !== 'vi') return [];
  const out: string[] = [];
  const words = [...q.u.text.matchAll(/[\p{L}\p{M}]+/gu)];
  words.forEach((m, i) => {
    const w = m[0];
    const before = q.u.text.slice(0, m.index).trimEnd();
    // The first word of a sentence is capitalised anyway.
    if (i === 0 || /[.!?:]$/.test(before) || !/^\p{Lu}/u.test(w) || w.length < 3) return;
    const folded = q.tokens.find((t) => t.start === m.index)?.folded ?? w.toLowerCase();
    if (!isKnownWord(corpus, folded) && !ENGLISH_STOP.has(folded)) out.push(w);
  });
  return [...new Set(out)];
}

/** The counted noun, when no report holds it: "bicycles" (English: a word nothing knows), "xe đạp" (Vietnamese: a phrase no report has). */
export function unknownCounted(ctx: Ctx): string | null {
  const { q, corpus } = ctx;
  if (q.intent !== 'count' || q.units.some((g) => !g.adhoc)) return null;
  const adhoc = q.units[0]?.vi[0];
  if (adhoc) {
    // Read from the index, not by walking every report (a headline-only word is not enough: the counted thing is in the body).
    return reportsHolding(corpus, adhoc.folded).size ? null : adhoc.text;
  }
  // The word right after the count cue ("how many", "number of": questionCues.count in lexicon.json).
  const cue = questionCueHits(q.tokens, 'count')[0];
  const noun = cue ? q.tokens[cue.at + cue.length]?.folded : undefined;
  if (!noun || /\d/.test(noun) || noun.length < 4 || ENGLISH_STOP.has(noun) || isKnownWord(corpus, noun)) return null;
  return noun;
}

/** The kinds of figure the reports count, by name, for "did you mean". */
function figureKinds(ctx: Ctx): string[] {
  const present = lookups(ctx.corpus).figuresByCategory;
  // The kinds /how-many offers, less the general ones ("documents", "documents processed") that say little on their own.
  const shown = OFFERED_KINDS.filter((c) => c !== 'documents' && c !== 'documents-processed');
  return shown.filter((c) => present.has(c)).map((c) => CATEGORY_NAME[ctx.lang][c]);
}

/** "I did not understand": what is not in the reports, what is (figure kinds or the closest meetings, cited), and a search to try. */
export function didYouMean(ctx: Ctx, ranked: RankedReport[], missing: { names?: string[]; counted?: string; english?: boolean }): false {
  const t = DID_YOU_MEAN[ctx.lang];
  if (missing.counted) {
    say(ctx, t.notCounted(missing.counted, Boolean(missing.english)));
    const kinds = figureKinds(ctx);
    if (kinds.length) say(ctx, t.kinds(kinds.join(' · ')));
  } else if (missing.names?.length) {
    say(ctx, t.notMentioned(missing.names.map((n) => `“${n}”`).join(', ')));
  }
  // The closest meetings by the question's other words: named by their headline, cited, not quoted as an answer.
  const close = pool(ranked).slice(0, LIMITS.closestMatches);
  if (close.length)
    say(
      ctx,
      t.meetings,
      'meta',
      close.map((r) => ctx.cites.citeText(r.report.id, 0, r.report.title)),
    );
  say(ctx, t.search);
  return false;
}
