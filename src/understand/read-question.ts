/**
 * Reading a question against a corpus: its language, the query built from
 * its words (and their English translations), the people and places it
 * names, and the evidence intent, as one Question.
 */
import type { Corpus } from '../store/load.ts';
import { understand } from './understand.ts';
import type { Understanding } from '../model/question.ts';
import { parseQuery, searchIndex, translateEnglish } from '../search/query.ts';
import { foldKey, tokenize } from '../text/normalize.ts';
import type { Token } from '../model/text.ts';
import { abbreviationForms, hasQuestionCue } from '../lexicon/lexicon.ts';
import { LIMITS } from '../limits.ts';
import { titlesInQuestion } from '../lexicon/glossary.ts';
import type { EvidenceIntent, Question } from '../model/question.ts';
import { provincesIn, linkPeople } from './question-people.ts';
import { ordinalForms } from './ordinals.ts';
import { yearsAsked } from '../text/dates.ts';
import { unitsIn } from './question-units.ts';

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthsIn(folded: string): number[] {
  const out = new Set<number>();
  for (const m of folded.matchAll(/\bthang (\d{1,2})(?!\d)/g)) out.add(Number(m[1]));
  for (const m of folded.matchAll(/(?<![\d/])(\d{1,2})\s*[/-]\s*((?:19|20)\d\d)\b/g)) out.add(Number(m[1]));
  for (const m of folded.matchAll(/(?<![\d/.-])\d{1,2}\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(?:19|20)\d\d)?(?![\d])/g)) out.add(Number(m[1]));
  EN_MONTHS.forEach((name, i) => {
    if (new RegExp(`\\b${name}\\b`).test(folded) && !(name === 'may' && /\b(may)\b/.test(folded) && !/\bmay \d|\d may\b|in may\b/.test(folded))) out.add(i + 1);
  });
  return [...out].filter((m) => m >= 1 && m <= 12);
}

/**
 * The sentence that asks: the last one with a question mark or a question
 * cue ("bao nhiêu", "ai", "when"…), else the whole text. "Chào bot, … Câu hỏi
 * thật của mình là: năm 2018 … bao nhiêu văn bản đến?" asks in its last sentence.
 */
function askingSentence(text: string): Token[] {
  const parts = text.split(/(?<=[.?!…])\s+|:\s+/u).filter((x) => x.trim());
  if (parts.length <= 1) return tokenize(text);
  const cue = /\?|\b(bao nhieu|may|ai|khi nao|ngay nao|how|who|when|which|what|nao|la gi)\b/;
  for (let i = parts.length - 1; i >= 0; i--) if (cue.test(foldKey(parts[i]))) return tokenize(parts[i]);
  return tokenize(text);
}

export function readQuestion(corpus: Corpus, raw: string, opts: { lang?: 'en' | 'vi'; search?: boolean } = {}): Question {
  const u0 = understand(typeof raw === 'string' ? raw : '');
  const u: Understanding = { ...u0, lang: opts.lang ?? u0.lang };
  const tokens = tokenize(u.text).map((t) => ({ ...t }));
  const folded = tokens.map((t) => t.folded);
  const query = parseQuery(u.text.replace(/\b(\d+)(?:st|nd|rd|th)\b/gi, '$1'));
  const searched = query.terms.map((t) => t.folded);
  // Abbreviations are looked for in every word, stop words included: "ủy ban" folds its "ban" like the stop word "bạn".
  const everyWord = tokenize(`${u.text} ${translateEnglish(u.text)}`).map((t) => t.folded);
  const words = [...new Set([...searched, ...ordinalForms(u.text), ...abbreviationForms(everyWord)])];
  for (const w of words) if (!query.terms.some((t) => t.folded === w)) query.terms.push({ text: w, folded: w, marked: false });
  const years = [...new Set(yearsAsked(u.folded))];
  const { names: provs, taken } = provincesIn(folded);
  const idle = u.intent === 'invalid' || u.intent === 'help';
  // Lunr's order, without the re-ranking that reads every passage: enough to find names and candidate reports.
  const hits = idle ? [] : searchIndex(corpus.index, query, LIMITS.candidatePassages);
  const people = idle ? [] : linkPeople(corpus, hits, folded, taken);
  const units = unitsIn(tokens, u.lang === 'en');
  const asksYear = hasQuestionCue(tokens, 'year');
  const asksTitle = hasQuestionCue(tokens, 'personTitle');
  const titles = titlesInQuestion(u.folded).map((t) => t.split(' '));
  const asking = askingSentence(u.text);
  const q: Question = {
    u,
    intent: 'free',
    tokens,
    query,
    words,
    years,
    months: monthsIn(u.folded),
    provinces: provs,
    people,
    units,
    asksYear,
    asksTitle,
    titles,
    hits,
    asking,
  };
  q.intent = opts.search ? 'free' : intentOf(q);
  return q;
}

function intentOf(q: Question): EvidenceIntent {
  const { u, tokens, people } = q;
  if (
    hasQuestionCue(tokens, 'compare') &&
    (u.intent === 'figure' || q.units.length > 0 || /\b(tang|giam|rise|fall|grow|shrink|increase|decrease|more|fewer|less)\b/.test(u.folded))
  )
    return 'compare';
  const asked = ['chair', 'byline', 'figure', 'date'].includes(u.intent);
  if (people.length && !asked && (hasQuestionCue(tokens, 'personEvents') || q.asksTitle)) return 'person';
  switch (u.intent) {
    case 'attendees':
      return 'attendees';
    case 'chair':
      return 'chair';
    case 'date':
      return 'date';
    case 'byline':
      return 'byline';
    case 'figure':
      return 'count';
    case 'person':
      return 'person';
  }
  if (hasQuestionCue(tokens, 'whichReport')) return 'which-report';
  if (people.length) return 'person';
  // "Who is the Chairman of the Provincial People's Committee?", "Chánh Văn phòng HĐND tỉnh là ai?": who held that title.
  if (q.titles.length && (q.asksTitle || /\b(who|ai)\b/.test(u.folded))) return 'holder';
  return 'free';
}
