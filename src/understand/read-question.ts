/**
 * What a question asks, read for evidence-first answering: the intent (from
 * understand()) refined with the lexicon's question cues, plus *soft*
 * constraints — years, months, term, provinces, named people, the counted noun
 * and the remaining content words. None of them filters reports: selection
 * ranks by them (rank-reports.ts).
 */
import type { Passage } from '../model/report.ts';
import type { Corpus } from '../store/load.ts';
import { understand } from './understand.ts';
import type { Understanding } from '../model/question.ts';
import { parseQuery, searchIndex, translateEnglish } from '../search/query.ts';
import type { Hit } from '../model/query.ts';
import { foldKey, tokenize } from '../text/normalize.ts';
import type { Token } from '../model/text.ts';
import { findNames } from '../facts/people.ts';
import { abbreviationForms, adhocUnit, findPhrases, hasQuestionCue, TIME_UNITS, UNITS } from '../lexicon/lexicon.ts';
import type { UnitGroup } from '../model/vocabulary.ts';
import provinces from '../lexicon/data/provinces.json' with { type: 'json' };
import aliases from '../lexicon/data/province-aliases.json' with { type: 'json' };
import { LIMITS } from '../limits.ts';
import { titlesInQuestion } from '../lexicon/glossary.ts';
import type { EvidenceIntent, LinkedPerson, Question } from '../model/question.ts';

const PROVINCE_KEYS = [
  ...(provinces as string[]).map((p) => ({ name: p, key: foldKey(p).split(' ') })),
  ...Object.entries(aliases as Record<string, string>)
    .filter(([k]) => !k.startsWith('_'))
    .map(([k, name]) => ({ name, key: foldKey(k).split(' ') })),
].sort((a, b) => b.key.length - a.key.length);

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function seqAt(tokens: string[], key: string[], i: number): boolean {
  for (let k = 0; k < key.length; k++) if (tokens[i + k] !== key[k]) return false;
  return true;
}

export function indexOfSeq(tokens: string[], key: string[]): number {
  for (let i = 0; i + key.length <= tokens.length; i++) if (seqAt(tokens, key, i)) return i;
  return -1;
}

/** Provinces named in the question by whole tokens ("ninh binh", "Hanoi"), with the token spans they take. */
function provincesIn(folded: string[]): { names: string[]; taken: Set<number> } {
  const names: string[] = [];
  const taken = new Set<number>();
  for (const p of PROVINCE_KEYS) {
    for (let i = 0; i + p.key.length <= folded.length; i++) {
      if (!seqAt(folded, p.key, i) || [...Array(p.key.length).keys()].some((k) => taken.has(i + k))) continue;
      for (let k = 0; k < p.key.length; k++) taken.add(i + k);
      if (!names.includes(p.name)) names.push(p.name);
    }
  }
  return { names, taken };
}

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
 * People the question names, linked by whole tokens to names the reports
 * write: the people the facts know, and the names in the passages that hold
 * the question's words (so accentless, lower-case names still link). A name
 * links only when all its syllables stand together in the question, outside
 * any province.
 */
function linkPeople(corpus: Corpus, hits: Hit[], folded: string[], taken: Set<number>): LinkedPerson[] {
  const known = knownPeople(corpus);
  const candidates = new Map<string, string>();
  // Only names whose first syllable the question has: a lookup, not a loop over everyone.
  for (const w of new Set(folded)) for (const [key, name] of known.get(w) ?? []) candidates.set(key, name);
  for (const h of hits.slice(0, LIMITS.personSearchPassages)) {
    const p: Passage | undefined = corpus.passages.get(h.ref);
    if (p) for (const n of passageNames(p)) candidates.set(foldKey(n), n);
  }
  const out: LinkedPerson[] = [];
  for (const [key, name] of candidates) {
    const parts = key.split(' ');
    if (parts.length < 2) continue;
    const at = indexOfSeq(folded, parts);
    if (at < 0) continue;
    // A two-syllable "name" inside a province or a longer name is not a person ("Ninh Bình", "Văn Phong").
    if (parts.some((_, k) => taken.has(at + k))) continue;
    out.push({ name, key: parts });
  }
  // Keep the longest names: "Phạm Quang Ngọc" over a stray "Quang Ngọc".
  return out.sort((a, b) => b.key.length - a.key.length).filter((p, i, all) => !all.slice(0, i).some((q) => indexOfSeq(q.key, p.key) >= 0));
}

const KNOWN = new WeakMap<Corpus, Map<string, [string, string][]>>();

/** The people the facts name, by the folded first syllable of their name (built once per corpus). */
function knownPeople(corpus: Corpus): Map<string, [string, string][]> {
  let m = KNOWN.get(corpus);
  if (m) return m;
  m = new Map();
  const seen = new Set<string>();
  for (const f of corpus.facts.values()) {
    for (const p of f.people) {
      const key = foldKey(p.name);
      if (seen.has(key)) continue;
      seen.add(key);
      const first = key.split(' ')[0];
      const list = m.get(first) ?? [];
      list.push([key, p.name]);
      m.set(first, list);
    }
  }
  KNOWN.set(corpus, m);
  return m;
}

const PASSAGE_NAMES = new WeakMap<Passage, string[]>();

function passageNames(p: Passage): string[] {
  let v = PASSAGE_NAMES.get(p);
  if (!v) PASSAGE_NAMES.set(p, (v = findNames(p.text).map((n) => n.name)));
  return v;
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

const JOINERS = new Set(['va', 'and', 'or', 'hoac', 'cung']);
// Between a count cue and its noun: "how many of the …", "bao nhiêu các …".
const FILLERS = new Set(['of', 'the', 'a', 'an', 'cac', 'nhung', 'tat', 'ca']);

/**
 * What the question counts: the unit named right after each count cue ("bao
 * nhiêu văn bản", "how many official delegates", "mấy đảng viên"); only when
 * no cue is followed by one, every unit the question names. Typed without
 * accents, "đôn đốc" folds like "đơn": the noun after the cue is what counts.
 */
function unitsIn(tokens: Token[], english: boolean): UnitGroup[] {
  const cues: number[] = [];
  tokens.forEach((t, i) => {
    if (t.folded === 'nhieu' && tokens[i - 1]?.folded === 'bao') cues.push(i + 1);
    else if (t.folded === 'many' && tokens[i - 1]?.folded === 'how') cues.push(i + 1);
    // "mấy", or "may" typed without accents after a verb ("cho may dang vien"), not the English "may".
    else if (t.text === 'mấy' || (t.folded === 'may' && ['cho', 'co', 'duoc', 'gom', 'tang', 'trao'].includes(tokens[i - 1]?.folded ?? ''))) cues.push(i + 1);
    else if (t.folded === 'of' && tokens[i - 1]?.folded === 'number') cues.push(i + 1);
  });
  const hits: { g: UnitGroup; at: number; length: number }[] = [];
  for (const g of UNITS) {
    for (const h of [...findPhrases(tokens, g.vi, true), ...findPhrases(tokens, g.en, true)]) hits.push({ g, at: h.at, length: h.length });
  }
  // The most specific unit wins where two start together: "văn bản đi" over "văn bản".
  const all = hits.filter((h) => !hits.some((o) => o !== h && o.at <= h.at && o.at + o.length >= h.at + h.length && o.length > h.length));
  const afterCue: UnitGroup[] = [];
  for (const c of cues) {
    // The counted noun phrase a few words after the cue ("how many of the official delegates"): its head, plus
    // nouns joined by "và/and/or". English puts the head last ("voter opinions"), Vietnamese first ("văn bản đôn đốc" — not "đơn").
    // The noun phrase starts right after the cue, past "of the", "các", "những" and adjectives the lexicon knows no unit for
    // only in English ("how many official delegates"); in Vietnamese the noun comes first ("bao nhiêu nội dung trình kỳ họp" counts nội dung).
    let start = c;
    while (start < tokens.length && FILLERS.has(tokens[start].folded)) start++;
    const near = all.filter((x) => x.at >= start && x.at <= start + LIMITS.countedNounReach).sort((a, b) => a.at - b.at);
    const chain: typeof near = [];
    for (const x of near) {
      const prev = chain[chain.length - 1];
      if (!prev) {
        // Vietnamese puts the counted noun first: a known unit further on ("… trình kỳ họp") is not what is counted.
        if (!english && x.at !== start) break;
        chain.push(x);
        continue;
      }
      const between = tokens.slice(prev.at + prev.length, x.at).map((t) => t.folded);
      if (between.some((w) => JOINERS.has(w))) chain.push(x);
      else if (between.length === 0 && english) chain[chain.length - 1] = x;
      else break;
    }
    for (const x of chain) if (!afterCue.includes(x.g)) afterCue.push(x.g);
  }
  if (afterCue.length) return afterCue;
  // "mấy ngày", "how many days": a span of time right after the cue.
  for (const c of cues) {
    const time = TIME_UNITS.find((g) => [...findPhrases(tokens.slice(c, c + 2), g.vi, true), ...findPhrases(tokens.slice(c, c + 2), g.en, true)].length > 0);
    if (time) return [time];
  }
  // A noun no list knows ("bao nhiêu nội dung"): the two words after the cue, as typed — before nouns elsewhere in the question.
  if (!english) {
    for (const c of cues) {
      const words = tokens.slice(c, c + 2).filter((t) => /^\p{L}+$/u.test(t.text) && !STOP_AFTER_CUE.has(t.folded));
      if (words.length) return [adhocUnit(words)];
    }
  }
  return [...new Set(all.sort((a, b) => a.at - b.at).map((x) => x.g))];
}

// Words that follow "bao nhiêu" without being what is counted.
const STOP_AFTER_CUE = new Set(['la', 'thi', 'duoc', 'trong', 'cua', 'va', 'the', 'of', 'a', 'an', 'tong', 'so', 'con']);

const ROMAN: [number, string][] = [
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function toRoman(n: number): string {
  let out = '';
  for (const [v, r] of ROMAN)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}

function fromRoman(r: string): number {
  const val: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const a = val[r[i]];
    const b = val[r[i + 1]] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

/**
 * Reports number congresses, terms and sessions in Roman numerals ("lần thứ
 * XX", "khóa XV") or in digits ("Kỳ họp thứ 7"); questions in either, or as
 * English ordinals ("20th", "15th-term"). Both forms are searched.
 */
function ordinalForms(text: string): string[] {
  const out: string[] = [];
  const f = foldKey(text);
  for (const m of f.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b/g)) out.push(toRoman(Number(m[1])), m[1]);
  for (const m of f.matchAll(/\b(?:thu|khoa|lan thu|ky hop thu)\s+(\d{1,2})\b/g)) out.push(toRoman(Number(m[1])));
  for (const m of f.matchAll(/\b(?:thu|khoa|term)\s+([ivxl]{1,6})\b/g)) out.push(String(fromRoman(m[1])));
  if (/\bfirst\b/.test(f)) out.push('nhat', 'i');
  return out.filter((x) => x && x !== '0');
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
  // A term ("nhiệm kỳ 2015-2020") is one constraint of its own, not two years.
  const years = [...new Set([...u.folded.replace(/\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b/g, ' ').matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1])))];
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
