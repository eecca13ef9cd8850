/**
 * Evidence-first answering: rank the reports, read the evidence the intent
 * needs inside the best of them, and answer by quoting the evidence clause
 * verbatim with its [n], adding the structured reading (names with titles, a
 * date with how its year was known) where the facts give one. "Not found" is
 * said only when no sentence of the chosen reports carries the evidence, and
 * it quotes the closest sentence.
 */
import type { Lang, Report } from '../model/report.ts';
import type { Corpus } from '../store/load.ts';
import type { AnswerLine, AnswerResult } from '../model/answer.ts';
import { heading as headingLine, item, note, reading } from './lines.ts';
import { readQuestion } from '../understand/read-question.ts';
import type { Question } from '../model/question.ts';
import { byDate, periodYears, reportWords } from './report-text.ts';
import { rankReports, idfOf, type RankedReport } from './rank-reports.ts';
import {
  reportWeights,
  attendanceEvidence,
  chairEvidence,
  countEvidence,
  dateEvidence,
  directionEvidence,
  holderEvidence,
  listContinuation,
  statesChange,
  isPlanned,
  personEvidence,
  textEvidence,
  type Evidence,
  type Weights,
} from './evidence.ts';
import { CitationList } from './citations.ts';
import { E, T } from './messages.ts';
import { englishTitle } from '../lexicon/glossary.ts';
import { formatNumberEn } from '../text/numbers.ts';
import { findNames } from '../facts/people.ts';
import { foldKey, restoreSpelling } from '../text/normalize.ts';
import { LIMITS } from '../limits.ts';

interface Ctx {
  /** meetings that fit as well but are not shown */
  more?: number;
  corpus: Corpus;
  q: Question;
  lang: Lang;
  cites: CitationList;
  lines: AnswerLine[];
  w: Weights;
}

/** How much a report's own rank counts beside its evidence when choosing what to quote. */
const REPORT_WEIGHT = 3;

const finders: Record<string, (q: Question, r: Report, w: Weights) => Evidence[]> = {
  attendees: attendanceEvidence,
  chair: chairEvidence,
  date: dateEvidence,
  count: countEvidence,
  compare: countEvidence,
  person: personEvidence,
  'which-report': textEvidence,
  free: textEvidence,
};

/** Intents this module answers; the rest (counting or listing reports, help) stay with the corpus answerers. */
export function answersByEvidence(intent: string): boolean {
  return !['count-reports', 'list-reports', 'help', 'invalid'].includes(intent);
}

export function answerByEvidence(corpus: Corpus, raw: string, opts: { lang?: Lang } = {}): AnswerResult {
  const q = readQuestion(corpus, raw, opts);
  const reportsById = reportIndex(corpus);
  const words = new Map(q.words.map((w) => [w, idfOf(corpus, w)]));
  const ctx: Ctx = {
    corpus,
    q,
    lang: q.u.lang,
    cites: new CitationList(reportsById, corpus.passages, q.query.terms),
    lines: [],
    w: { words, total: [...words.values()].reduce((a, b) => a + b, 0) },
  };
  // "How many documents do you have?": the corpus itself answers first.
  if (q.u.alsoCountReports) say(ctx, T[ctx.lang].corpusHolds(corpus.reports.length), 'corpus');
  const ranked = rankReports(corpus, q);
  const unknown = unknownPeople(q);
  if (unknown.length) {
    // A question about someone the reports never name gets no one else's meetings instead.
    say(ctx, E[ctx.lang].unknownPeople(unknown.join(', ')));
    return finishAnswer(ctx, q, false);
  }
  const found =
    q.intent === 'byline'
      ? answerByline(ctx, ranked)
      : q.intent === 'person' || q.intent === 'holder'
        ? answerPerson(ctx, ranked)
        : answerWithEvidence(ctx, ranked);
  return finishAnswer(ctx, q, found);
}

function finishAnswer(ctx: Ctx, q: Question, found: boolean): AnswerResult {
  return {
    question: q.u.text,
    intent: q.u.intent === 'search' && (q.intent === 'person' || q.intent === 'holder') ? 'person' : q.u.intent,
    lang: ctx.lang,
    found,
    citations: ctx.cites.finish(),
    lines: ctx.lines,
  };
}

/** The question's word weights as seen from one report: words its headline and header lines hold identify the report, not the fact. */
function weightsFor(ctx: Ctx, r: Report): Weights {
  return reportWeights(ctx.q, r, ctx.w);
}

const say = (ctx: Ctx, text: string, source: AnswerLine['source'] = 'meta', cites: number[] = []) => ctx.lines.push(note(text, source, cites));

/** The reports the question may be about: not contradicted, best first, among the top few. */
function pool(ranked: RankedReport[]): RankedReport[] {
  // A question with no words of its own ("who attended?") ranks every report at 0: all of them may answer.
  const any = ranked.some((r) => r.score > 0);
  return ranked.filter((r) => !r.contradiction && (r.score > 0 || !any)).slice(0, LIMITS.evidenceReports);
}

/** The report is about one of the asked years (by its metadata) or names it somewhere. */
function mentionsAskedYear(q: Question, r: Report): boolean {
  const years = periodYears(r);
  const { words } = reportWords(r);
  return q.years.some((y) => years.includes(y) || words.has(String(y)));
}

/** Names the question spells in full that no report mentions ("the meeting chaired by Trần Văn Tú"). */
function unknownPeople(q: Question): string[] {
  const linked = q.people.map((p) => p.key.join(' '));
  return findNames(q.u.text)
    .map((n) => n.name)
    .filter((n) => n.split(/\s+/).length >= 3 && !linked.some((k) => k.includes(foldKey(n))) && !q.provinces.some((p) => foldKey(n).includes(foldKey(p))));
}

/** The headline, cited; with the province when a header line names it and the headline does not. */
function heading(ctx: Ctx, r: Report): void {
  // A report without a headline is named by its lead, cited where it stands.
  const lead = r.passages[0];
  const ns = [r.titleFromText && lead ? ctx.cites.citeIn(lead, 0, Math.min(lead.text.length, r.title.length)) : ctx.cites.citeText(r.id, 0, r.title)];
  let place = '';
  if (r.province && !foldKey(r.title).includes(foldKey(r.province))) {
    const key = foldKey(r.province);
    const line = r.headerLines.find((h) => foldKey(h).includes(key));
    if (line) ns.push(ctx.cites.citeText(r.id, 0, line));
    else if (lead && foldKey(lead.text).includes(key)) ns.push(ctx.cites.citeIn(lead, 0, Math.min(lead.text.length, 200)));
    if (line || (lead && foldKey(lead.text).includes(key))) place = r.province;
  }
  ctx.lines.push(headingLine(restoreSpelling(r.title, r.spellings), ns, 'passage', place));
}

function spellingsOf(ctx: Ctx, doc: string): Record<string, string> | undefined {
  return reportIndex(ctx.corpus).get(doc)?.spellings;
}

const REPORT_INDEX = new WeakMap<Corpus, Map<string, Report>>();

/** Reports by id, built once per corpus (not once per question: at 10,000 reports that is a cost). */
function reportIndex(corpus: Corpus): Map<string, Report> {
  let m = REPORT_INDEX.get(corpus);
  if (!m) REPORT_INDEX.set(corpus, (m = new Map(corpus.reports.map((r) => [r.id, r]))));
  return m;
}

/** Cite one piece of evidence; returns its marker number. */
function citeEvidence(ctx: Ctx, e: Evidence): number {
  const u = e.unit;
  // A sentence chosen for its words shows those words in bold; a fact shows the quoted clause.
  if (u.passage && e.cue === 'words')
    return ctx.cites.cite({ doc: u.doc, passage: u.passage.id, paragraph: u.passage.paragraph, start: u.start + e.from, end: u.start + e.to });
  if (u.passage) return ctx.cites.citeIn(u.passage, u.start + e.from, u.start + e.to);
  return ctx.cites.citeText(u.doc, 0, u.source);
}

/** The quoted clause as the report writes it, with "…" where it was cut. */
function quote(ctx: Ctx, e: Evidence): string {
  const t = restoreSpelling(e.unit.text, spellingsOf(ctx, e.unit.doc));
  const body = t
    .slice(e.from, e.to)
    .trim()
    .replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  return `«${e.from > 0 ? '…' : ''}${body}${e.to < t.length ? '…' : ''}»`;
}

function quoteLine(ctx: Ctx, e: Evidence, label: string): number {
  const n = citeEvidence(ctx, e);
  // A target or a plan is said to be one: it is not what was achieved.
  const planned = isPlanned(e) ? ` ${E[ctx.lang].planned}` : '';
  ctx.lines.push(item(`${label ? `${label}: ` : ''}${quote(ctx, e)}${planned}`, [n]));
  return n;
}

/** Names with their titles that the facts read inside the quoted clause (and their English titles). */
function peopleReading(ctx: Ctx, e: Evidence, n: number): void {
  const u = e.unit;
  if (!u.passage) return;
  const from = u.start + e.from;
  const to = u.start + e.to;
  const facts = ctx.corpus.facts.get(u.doc)?.people ?? [];
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const p of facts) {
    const inside = (p.span.passage ?? `${p.span.doc}#${p.span.paragraph}`) === u.passage.id || p.span.paragraph === u.passage.paragraph;
    if (!inside || seen.has(p.name)) continue;
    if (!u.text.includes(p.name) || u.passage.text.slice(from, to).indexOf(p.name) < 0) continue;
    seen.add(p.name);
    let title = p.title ?? '';
    if (title && ctx.lang === 'en') {
      const en = englishTitle(title);
      if (en) title = `${title} (${en})`;
    }
    parts.push(restoreSpelling(title ? `${p.name}, ${title}` : p.name, spellingsOf(ctx, u.doc)));
  }
  if (parts.length && parts.length <= LIMITS.maxReadingPeople) ctx.lines.push(reading(`→ ${parts.join('; ')}`, [n]));
}

function dateReading(ctx: Ctx, e: Evidence, r: Report, n: number): void {
  const d = r.date;
  // A stated date is in the quote already; a reading adds only a year the quote lacks.
  if (e.cue !== 'date' || d.certainty === 'stated' || d.year === null || d.day === null || d.month === null || !d.raw) return;
  if (!e.unit.text.slice(e.from, e.to).includes(d.raw)) return;
  const ns = [n];
  if (d.certainty === 'header') {
    if (!r.headerDateLine) return;
    ns.push(ctx.cites.citeText(r.id, 0, r.headerDateLine));
  } else {
    // The year is written only where a passage names it.
    const y = String(d.year);
    const p = r.passages.find((x) => x.text.includes(y));
    if (!p) return;
    const at = p.text.indexOf(y);
    ns.push(ctx.cites.citeIn(p, at, at + y.length));
  }
  const how = E[ctx.lang].yearFrom[d.certainty] ?? '';
  ctx.lines.push(reading(E[ctx.lang].dateReading(`${d.day}/${d.month}/${d.year}`, how), ns));
}

interface Choice {
  r: RankedReport;
  list: Evidence[];
  best: number;
}

/** Evidence in the candidate reports, and which of them the answer is about. */
function choose(ctx: Ctx, ranked: RankedReport[], find: (q: Question, r: Report, w: Weights) => Evidence[]): Choice[] {
  const cands = pool(ranked);
  const top = Math.max(0, cands[0]?.score ?? 0);
  const choices = cands
    // A report far below the best does not answer through its evidence: the question is about the best ones.
    .filter((r) => top <= 0 || r.score >= LIMITS.ambiguityMargin * top)
    .map((r) => {
      const list = find(ctx.q, r.report, weightsFor(ctx, r.report));
      return { r, list, best: list.length ? REPORT_WEIGHT * (top > 0 ? r.score / top : 1) + list[0].score : -1 };
    })
    .filter((c) => c.list.length > 0)
    // A report that meets more of the question's constraints by its metadata (the year asked, the place, the office) comes first.
    .sort((a, b) => b.r.metaMatches - a.r.metaMatches || b.best - a.best);
  if (!choices.length) return [];
  const first = choices[0];
  // Another meeting is answered too only when it fits about as well, both in rank and in evidence.
  const fitting = choices
    // …and meets as many of the question's constraints: a report that matches the asked year by its metadata beats one that only names it.
    .filter(
      (c, i) =>
        i === 0 ||
        (c.best >= LIMITS.ambiguityMargin * first.best && c.r.score >= LIMITS.ambiguityMargin * first.r.score && c.r.metaMatches >= first.r.metaMatches),
    );
  ctx.more = Math.max(0, fitting.length - LIMITS.maxAnsweredReports);
  return fitting.slice(0, LIMITS.maxAnsweredReports);
}

function answerWithEvidence(ctx: Ctx, ranked: RankedReport[]): boolean {
  const t = E[ctx.lang];
  const intent = ctx.q.intent;
  // "in 2012" when no report is about 2012 or names it: the reports cannot hold that year's fact.
  if (ctx.q.years.length && intent !== 'free' && intent !== 'which-report' && !pool(ranked).some((r) => mentionsAskedYear(ctx.q, r.report)))
    return notFound(ctx, ranked);
  // "Who spoke?", "who presented the awards?": the sentences where someone spoke, directed or presented.
  const find = intent === 'attendees' && ctx.q.u.roleFocus !== 'all' ? directionEvidence : (finders[intent] ?? textEvidence);
  const chosen = choose(ctx, ranked, find);
  // Free questions and "which report" need the words themselves: a sentence holding a few of them is not an answer.
  const enough = intent === 'free' || intent === 'which-report' ? (chosen[0]?.list[0]?.score ?? 0) >= LIMITS.freeAnswerCoverage : chosen.length > 0;
  if (!enough) return notFound(ctx, ranked);
  if (intent === 'compare') return answerCompare(ctx, ranked, chosen);
  if (chosen.length > 1) say(ctx, t.several);
  let thousands = false;
  for (const c of chosen) {
    heading(ctx, c.r.report);
    const top = c.list[0].score;
    // Attendee lists are often split over several sentences (guests, the province's leaders, "cùng dự…"): more of them are quoted.
    const share = intent === 'attendees' ? LIMITS.listQuoteShare : LIMITS.secondQuoteShare;
    // The headline is already the heading: it is quoted only when it is the evidence itself.
    const quoted = c.list
      .filter((e, i) => i === 0 || (e.score >= share * top && e.unit !== c.list[0].unit && e.unit.role !== 'headline'))
      .slice(0, intent === 'attendees' ? LIMITS.maxQuotesPerReport : 2);
    const units = new Set<Evidence['unit']>();
    if (intent === 'attendees') {
      // An attendee list that goes on in the next sentence is quoted with it.
      for (const e of [...quoted]) {
        const more = listContinuation(c.r.report, e);
        if (more && !quoted.some((x) => x.unit === more.unit)) quoted.splice(quoted.indexOf(e) + 1, 0, more);
      }
    }
    for (const e of quoted) {
      if (units.has(e.unit)) continue;
      units.add(e.unit);
      const n = quoteLine(ctx, e, chosen.length > 1 || quoted.length > 1 ? '' : (t.label[intent] ?? ''));
      // Names with titles as the facts read them (and the titles in English for English questions).
      if (intent === 'chair' || (intent === 'attendees' && ctx.lang === 'en')) peopleReading(ctx, e, n);
      if (intent === 'date') dateReading(ctx, e, c.r.report, n);
      if (/\d\.\d{3}/.test(e.unit.text.slice(e.from, e.to))) thousands = true;
    }
  }
  if (thousands && ctx.lang === 'en' && intent === 'count') say(ctx, t.thousands);
  if (ctx.more) say(ctx, t.more(ctx.more), 'corpus'); // a count of the corpus's meetings, not a fact of one report
  return true;
}

interface Period {
  year: number | null;
  month: number | null;
}

/** A report is about a period by its metadata: the year it reviews or is held in (or its term), and the month of its date. */
function aboutPeriod(r: Report, p: Period): boolean {
  if (p.month !== null && r.date.month !== p.month) return false;
  if (p.year === null) return p.month !== null;
  return periodYears(r).includes(p.year) || r.date.year === p.year;
}

/** A report names a period in its text: "năm 2018", "tháng 3-2022". */
function mentionsPeriod(r: Report, p: Period): boolean {
  const { pairs, words } = reportWords(r);
  if (p.month !== null) return pairs.has(`thang ${p.month}`) && (p.year === null || pairs.has(`${p.month} ${p.year}`));
  return p.year !== null && words.has(String(p.year));
}

/**
 * Two figures side by side: with two periods asked, the best report for each
 * (by metadata first, then by a year its text names); with one, the figure and
 * the change its report states. A change computed from two quoted figures is
 * marked as computed.
 */
function answerCompare(ctx: Ctx, ranked: RankedReport[], chosen: Choice[]): boolean {
  const t = E[ctx.lang];
  const picks: { r: Report; e: Evidence }[] = [];
  // The best report may state the comparison itself ("So với cùng kỳ năm 2018, … giảm 61 lượt"): then it answers alone.
  const first = chosen[0];
  const stated = first?.list.find((e) => (e.unitScore ?? 0) >= 1 && statesChange(e));
  // Two periods asked: two years, or two months of one year ("tháng 3-2022 và tháng 4-2022").
  const byStated = stated && stated.score >= LIMITS.statedChangeShare * first.list[0].score;
  const periods: Period[] = byStated
    ? []
    : ctx.q.years.length >= 2
      ? ctx.q.years.map((y) => ({ year: y, month: null }))
      : ctx.q.months.length >= 2
        ? ctx.q.months.map((m) => ({ year: ctx.q.years[0] ?? null, month: m }))
        : [];
  if (periods.length) {
    const open = ranked.filter((r) => !r.contradiction);
    const used = new Set<Report>();
    const bestFor = (p: Period, meta: boolean) => open.find((r) => !used.has(r.report) && (meta ? aboutPeriod(r.report, p) : mentionsPeriod(r.report, p)));
    for (const pass of [true, false]) {
      for (const y of periods) {
        if (picks.some((p) => pass && aboutPeriod(p.r, y))) continue;
        const r = bestFor(y, pass);
        if (!r) continue;
        const e = countEvidence(ctx.q, r.report, weightsFor(ctx, r.report))[0];
        if (!e) continue;
        used.add(r.report);
        picks.push({ r: r.report, e });
      }
      if (picks.length >= 2) break;
    }
  }
  if (picks.length < 2) {
    picks.length = 0;
    // A clause with the figure and its change ("988 đơn, tăng 220 đơn so với…") answers alone; a change amount
    // ("So với cùng kỳ năm 2018, … giảm 61 lượt") is quoted beside the figure it changes ("292 lượt").
    const amountOnly = stated?.number && /(tăng|giảm|vượt|hơn|ít hơn)\s*$/iu.test(stated.unit.text.slice(0, stated.number.start));
    const figure = stated && !amountOnly ? stated : (first.list.find((e) => !statesChange(e)) ?? first.list[0]);
    const both = [figure, ...(stated && stated.unit !== figure.unit ? [stated] : [])].sort((a, b) => a.unit.order - b.unit.order);
    for (const e of both) picks.push({ r: first.r.report, e });
  }
  const byReport = new Map<Report, Evidence[]>();
  for (const p of picks) byReport.set(p.r, [...(byReport.get(p.r) ?? []), p.e]);
  const ordered = [...byReport.entries()].sort((a, b) => byDate(a[0], b[0]));
  for (const [r, list] of ordered) {
    heading(ctx, r);
    for (const e of list) quoteLine(ctx, e, '');
  }
  if (ordered.length === 2) {
    const a = ordered[0][1][0].number;
    const b = ordered[1][1][0].number;
    if (a && b) {
      const diff = b.value - a.value;
      const dir = diff > 0 ? t.up : diff < 0 ? t.down : t.same;
      const fmt = (v: number) => (ctx.lang === 'en' ? formatNumberEn(v) : String(v).replace('.', ','));
      say(ctx, t.computed(a.raw, b.raw, fmt(Math.abs(diff)), dir), 'computed');
    }
  }
  return true;
}

function answerByline(ctx: Ctx, ranked: RankedReport[]): boolean {
  const t = E[ctx.lang];
  const r = pool(ranked)[0];
  if (!r) return notFound(ctx, ranked);
  heading(ctx, r.report);
  if (!r.report.byline) {
    say(ctx, `${t.notSaid.byline}.`);
    return false;
  }
  const last = r.report.passages[r.report.passages.length - 1]?.paragraph ?? 0;
  ctx.lines.push(item(`${t.label.byline}: ${r.report.byline}`, [ctx.cites.citeText(r.report.id, last + 1, r.report.byline)]));
  return true;
}

/**
 * A person across the reports (each meeting that names them, by its headline,
 * with the sentence and their title there), or the holders of a title.
 */
function answerPerson(ctx: Ctx, ranked: RankedReport[]): boolean {
  const find = ctx.q.intent === 'holder' ? holderEvidence : personEvidence;
  // Each report's evidence is read once: the reports that name the person (or the title's holders) and what they say.
  const withPerson = ranked
    .filter((r) => !r.contradiction && (ctx.q.intent === 'holder' || r.people.length > 0))
    .map((r) => ({ r, list: find(ctx.q, r.report, weightsFor(ctx, r.report)) }))
    .filter((x) => x.list.length > 0);
  if (!withPerson.length) return notFound(ctx, ranked);
  // Constraints in the question (a place, a year) narrow the meetings: keep those that fit about as well as the best.
  const topScore = withPerson[0].r.score;
  const narrowed = ctx.q.provinces.length || ctx.q.years.length ? withPerson.filter((x) => x.r.score >= LIMITS.personNarrowShare * topScore) : withPerson;
  // The best-ranked meetings, shown in time order: a person's titles change over the years.
  for (const { r, list } of narrowed.slice(0, LIMITS.maxPersonReports).sort((a, b) => byDate(a.r.report, b.r.report))) {
    heading(ctx, r.report);
    const n = quoteLine(ctx, list[0], '');
    if (ctx.q.asksTitle || ctx.q.intent === 'holder') peopleReading(ctx, list[0], n);
  }
  return true;
}

/** "The reports do not say …", with the closest sentence quoted from the best report that is not about somewhere else. */
function notFound(ctx: Ctx, ranked: RankedReport[]): false {
  const t = E[ctx.lang];
  const intent = ctx.q.intent;
  const open = pool(ranked);
  const contradicted = ranked.filter((r) => r.contradiction);
  if (ctx.q.provinces.length && !open.some((r) => r.report.province && ctx.q.provinces.includes(r.report.province)) && contradicted.length) {
    say(ctx, `${t.notSaid[intent] ?? t.notSaid.free}. ${t.noProvince(ctx.q.provinces.join(', '))}`);
  } else {
    say(ctx, `${t.notSaid[intent] ?? t.notSaid.free}.`);
  }
  const best = open[0];
  if (best && ctx.w.total > 0 && (!ctx.q.provinces.length || (best.report.province && ctx.q.provinces.includes(best.report.province)))) {
    // A close role ("dự và chỉ đạo" when "chủ trì" was asked) is shown as such.
    const w = weightsFor(ctx, best.report);
    const close = intent === 'chair' ? directionEvidence(ctx.q, best.report, w)[0] : undefined;
    const e = close ?? textEvidence(ctx.q, best.report, w)[0];
    if (e) {
      heading(ctx, best.report);
      if (close) say(ctx, t.closeRole(ctx.lang === 'en' ? 'chủ trì (chaired)' : 'chủ trì'));
      quoteLine(ctx, e, close ? '' : t.closest);
    }
  } else if (contradicted.length) {
    // Reports about other places: cited, not quoted, so that nothing of theirs reads as this answer.
    const ns = contradicted.slice(0, LIMITS.closestMatches).map((r) => ctx.cites.citeText(r.report.id, 0, r.report.title));
    say(ctx, t.otherPlaces, 'meta', ns);
  }
  return false;
}
