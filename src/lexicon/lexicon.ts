/**
 * The shared vocabulary (lexicon.json), validated where it enters, with the
 * matchers built from it. Vietnamese phrases match whole tokens: in report
 * text on the accented form (so "dự" never matches "du lịch"), in questions on
 * the folded form (people type without accents). English phrases match only
 * questions.
 */
import { z } from 'zod';
import raw from './data/lexicon.json' with { type: 'json' };
import { foldKey, tokenize } from '../text/normalize.ts';
import { escapeRegExp } from './pattern.ts';
import type { Token } from '../model/text.ts';
import type { Phrase, UnitGroup } from '../model/vocabulary.ts';

const Examples = z.object({ match: z.array(z.string()), miss: z.array(z.string()) });
const EvidenceList = z.object({ vi: z.array(z.string().min(1)), exclude: z.array(z.string()).optional(), examples: Examples });
const QuestionCue = z.object({ folded: z.array(z.string()), en: z.array(z.string()), examples: Examples });
const Schema = z.object({
  evidence: z.record(z.string(), EvidenceList),
  byline: z.object({ prefixes: z.array(z.string()), credits: z.array(z.string()), sites: z.array(z.string()), examples: Examples }),
  units: z.array(
    z.object({
      vi: z.array(z.string().min(1)),
      en: z.array(z.string()),
      parent: z.string().optional(),
      /** a report sentence, a question about it, and the figure the answer must quote, as the report writes it */
      examples: z.array(z.object({ report: z.string().min(1), question: z.string().min(1), quotes: z.string().min(1) })).optional(),
    }),
  ),
  _about_units: z.string().optional(),
  numberWords: z.record(z.string(), z.number()),
  documentDates: EvidenceList,
  abbreviations: z.object({ pairs: z.array(z.tuple([z.string(), z.string()])) }),
  titleLinks: EvidenceList,
  timeUnits: z.array(z.object({ vi: z.array(z.string().min(1)), en: z.array(z.string()) })),
  _about_countFillers: z.string().optional(),
  countFillers: z.object({
    phrases: z.array(z.string().min(1)),
    examples: z.array(z.object({ question: z.string().min(1), counts: z.string().min(1) })).min(1),
  }),
  questionCues: z.record(z.string(), QuestionCue),
  _about_intentRules: z.string().optional(),
  intentRules: z.array(
    z.object({
      cue: z.string(),
      unless: z.string().optional(),
      intent: z.enum(['chair', 'byline', 'attendees', 'date']),
      roleFocus: z.enum(['speaker', 'presenter']).optional(),
      examples: z.array(z.string()).min(1),
    }),
  ),
});

export const LEXICON = Schema.parse(raw);

export type EvidenceCue = 'attendance' | 'direction' | 'chair' | 'held' | 'change' | 'award' | 'birth' | 'plan';
export type QuestionCueName =
  | 'compare'
  | 'trend'
  | 'personTitle'
  | 'personEvents'
  | 'whichReport'
  | 'year'
  | 'count'
  | 'chair'
  | 'byline'
  | 'speaker'
  | 'presenter'
  | 'attendees'
  | 'date'
  | 'who';

function phrase(s: string): Phrase {
  const toks = tokenize(s);
  // "%" is not a letter or digit: keep it as its own token.
  if (toks.length === 0) return { text: s, exact: [s], folded: [s] };
  return { text: s, exact: toks.map((t) => t.text), folded: toks.map((t) => t.folded) };
}

const byLength = (a: Phrase, b: Phrase) => b.exact.length - a.exact.length;

const EVIDENCE = new Map<string, Phrase[]>(Object.entries(LEXICON.evidence).map(([k, v]) => [k, v.vi.map(phrase).sort(byLength)]));

export interface PhraseHit {
  phrase: string;
  /** token index where it starts, and how many tokens */
  at: number;
  length: number;
}

/**
 * Where a list of phrases occurs in a token sequence (whole tokens), longest
 * first, no overlaps. `folded` is for questions: accents are optional there,
 * but a word typed with accents must match them ("hồ sơ" is not the unit "hộ").
 */
export function findPhrases(tokens: Token[], phrases: Phrase[], folded: boolean): PhraseHit[] {
  const out: PhraseHit[] = [];
  const taken = new Set<number>();
  const same = (t: Token, p: Phrase, k: number) => {
    if (!folded) return t.text === p.exact[k];
    const typedWithAccents = t.text !== t.folded;
    const phraseHasAccents = p.exact[k] !== p.folded[k];
    return typedWithAccents && phraseHasAccents ? t.text === p.exact[k] : t.folded === p.folded[k];
  };
  // A phrase whose first word is not among the tokens cannot match: the lists are long, the token lists often short.
  const firsts = new Set<string>();
  for (const t of tokens) firsts.add(folded ? t.folded : t.text);
  for (const p of phrases) {
    const want = p.exact;
    if (want.length && !firsts.has(folded ? p.folded[0]! : want[0]!)) continue;
    for (let i = 0; i + want.length <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < want.length && ok; k++) {
        if (taken.has(i + k) || !same(tokens[i + k], p, k)) ok = false;
      }
      if (!ok) continue;
      for (let k = 0; k < want.length; k++) taken.add(i + k);
      out.push({ phrase: p.text, at: i, length: want.length });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const EXCLUDED = new Map<string, Phrase[]>(Object.entries(LEXICON.evidence).map(([k, v]) => [k, (v.exclude ?? []).map(phrase).sort(byLength)]));

/**
 * Evidence cue words of one kind in report text (accented, whole tokens).
 * With `strict`, a cue inside one of its excluded phrases ("chủ trì, phối
 * hợp": an office taking the lead) does not count.
 */
export function evidenceCues(tokens: Token[], cue: EvidenceCue, strict = false): PhraseHit[] {
  const hits = findPhrases(tokens, EVIDENCE.get(cue) ?? [], false);
  if (!strict) return hits;
  const bad = findPhrases(tokens, EXCLUDED.get(cue) ?? [], false);
  return hits.filter((h) => !bad.some((b) => h.at < b.at + b.length && b.at < h.at + h.length));
}

/** The same cue words in a question, folded (typed with or without accents). */
export function questionHasEvidenceCue(tokens: Token[], cue: EvidenceCue): boolean {
  return findPhrases(tokens, EVIDENCE.get(cue) ?? [], true).length > 0;
}

const QUESTION_CUES = new Map<string, Phrase[]>(
  Object.entries(LEXICON.questionCues).map(([k, v]) => [k, [...v.folded, ...v.en].map((s) => phrase(foldKey(s))).sort(byLength)]),
);

let CUE_PHRASES: Phrase[] | null = null;

/**
 * Positions of a question's tokens that belong to a cue phrase (compare, person
 * title, which report, a change word): words that ask, not words that name the
 * fact. Whole phrases only: "kỳ" of "kỷ luật" is not the "kỳ" of "cùng kỳ".
 */
export function questionCuePositions(tokens: Token[]): ReadonlySet<number> {
  // A question's tokens are read against every report it weighs: found once per question.
  let out = CUE_POSITIONS.get(tokens);
  if (out) return out;
  CUE_PHRASES ??= [...[...QUESTION_CUES.values()].flat(), ...(EVIDENCE.get('change') ?? [])].sort(byLength);
  const at = new Set<number>();
  for (const h of findPhrases(tokens, CUE_PHRASES, true)) for (let k = 0; k < h.length; k++) at.add(h.at + k);
  // "bao nhiêu số văn bản": the fillers after a count cue ask too.
  for (const h of questionCueHits(tokens, 'count'))
    for (let i = h.at + h.length, n = fillerLengthAt(tokens, i); n > 0; i += n, n = fillerLengthAt(tokens, i)) for (let k = 0; k < n; k++) at.add(i + k);
  CUE_POSITIONS.set(tokens, (out = at));
  return out;
}
const CUE_POSITIONS = new WeakMap<Token[], ReadonlySet<number>>();

/** Words between a count cue and the counted noun that are not the noun (lexicon.json countFillers): "số", "các", "of the". */
const COUNT_FILLERS = LEXICON.countFillers.phrases.map(phrase).sort(byLength);

/** How many tokens from `i` are count fillers ("số lượng": 2), read as questions are (accents, when typed, must match). */
export function fillerLengthAt(tokens: Token[], i: number): number {
  return findPhrases(tokens.slice(i, i + 2), COUNT_FILLERS, true).find((h) => h.at === 0)?.length ?? 0;
}

/** Where a question cue (compare, count, person title…) stands in a question's folded tokens. */
export function questionCueHits(tokens: Token[], cue: QuestionCueName): PhraseHit[] {
  return findPhrases(tokens, QUESTION_CUES.get(cue) ?? [], true);
}

/** A question cue (compare, person title, which report…) in a question's folded tokens. */
export function hasQuestionCue(tokens: Token[], cue: QuestionCueName): boolean {
  return questionCueHits(tokens, cue).length > 0;
}

export const UNITS: UnitGroup[] = LEXICON.units.map((u) => ({
  vi: u.vi.map(phrase).sort(byLength),
  en: u.en.map((s) => phrase(foldKey(s))).sort(byLength),
  parent: u.parent ? phrase(u.parent) : null,
}));

/** Spans of time, as units only right after a count cue ("kéo dài mấy ngày", "how many days"). */
export const TIME_UNITS: UnitGroup[] = LEXICON.timeUnits.map((u) => ({
  vi: u.vi.map(phrase).sort(byLength),
  en: u.en.map((s) => phrase(foldKey(s))).sort(byLength),
  parent: null,
  time: true,
}));

/** A unit made from the words a question counts ("bao nhiêu nội dung"): any noun, not a closed list. */
export function adhocUnit(words: Token[]): UnitGroup {
  return {
    vi: [{ text: words.map((w) => w.text).join(' '), exact: words.map((w) => w.text), folded: words.map((w) => w.folded) }],
    en: [],
    parent: null,
    adhoc: true,
  };
}

const DOCUMENT_REFS = LEXICON.documentDates.vi.map(phrase).sort(byLength);

/** Names of documents ("Nghị quyết", "Chỉ thị số"): a date after one is the document's date. */
export function documentRefs(tokens: Token[]): PhraseHit[] {
  return findPhrases(tokens, DOCUMENT_REFS, false);
}

/** Number words ("ba đảng viên"), by their accented form. */
export const NUMBER_WORDS = new Map(Object.entries(LEXICON.numberWords));

export const ABBREVIATIONS = LEXICON.abbreviations.pairs.map(([short, long]) => ({ short: foldKey(short), long: foldKey(long).split(' ') }));

/** The other form of each abbreviation a question uses ("ubnd" ⇄ "uy ban nhan dan"), as folded words to search too. */
export function abbreviationForms(folded: string[]): string[] {
  const out: string[] = [];
  for (const a of ABBREVIATIONS) {
    if (folded.includes(a.short)) out.push(...a.long);
    for (let i = 0; i + a.long.length <= folded.length; i++) {
      if (a.long.every((w, k) => folded[i + k] === w)) out.push(a.short);
    }
  }
  return out;
}

const TITLE_LINKS = new RegExp(
  `^\\s*,?\\s*(?:${[...LEXICON.titleLinks.vi]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\s+`,
  'iu',
);

/** How far a phrase that links a name to its title runs after the name ("… được bầu làm Bí thư Đảng ủy"), or 0. */
export function titleLinkLength(after: string): number {
  return TITLE_LINKS.exec(after)?.[0].length ?? 0;
}

/** The intent rules, in order of precedence (see lexicon.json, intentRules). */
export const INTENT_RULES = LEXICON.intentRules.map((r) => ({ ...r, cue: r.cue as QuestionCueName, unless: r.unless as QuestionCueName | undefined }));

/** The first intent rule whose cue the question holds (and not its 'unless' cue), or null. */
export function intentRule(tokens: Token[]): (typeof INTENT_RULES)[number] | null {
  return INTENT_RULES.find((r) => hasQuestionCue(tokens, r.cue) && !(r.unless && hasQuestionCue(tokens, r.unless))) ?? null;
}
