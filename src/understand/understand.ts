/**
 * Question understanding for English, Vietnamese and accentless Vietnamese:
 * what is asked (intent) and which meeting or figure it is about (selectors).
 * Everything is matched on the folded form, so "hội nghị", "hoi nghi" and
 * "HỘI NGHỊ" read alike.
 */
import type { FigureCategory } from '../model/facts.ts';
import type { Lang } from '../model/report.ts';
import { foldKey, hasVietnameseMarks } from '../text/normalize.ts';
import { PROVINCE_KEYS } from '../lexicon/provinces.ts';
import { LIMITS } from '../limits.ts';
import { findPhrases, hasQuestionCue, intentRule, UNITS } from '../lexicon/lexicon.ts';
import { tokenize } from '../text/normalize.ts';
import { FIGURES } from '../lexicon/figures.ts';
import { questionPattern } from '../lexicon/pattern.ts';
import type { StatedQuestion, Understanding } from '../model/question.ts';

/** The question names something counted other than reports (opinions, delegates, documents…). */
function namesCountedUnit(text: string): boolean {
  const toks = tokenize(text);
  return UNITS.some((g) => findPhrases(toks, g.vi, true).length > 0 || findPhrases(toks, g.en, true).length > 0);
}

const has = (q: string, re: RegExp) => re.test(q);

const VI_MARKERS =
  /\b(ai|bao nhieu|nao|khi nao|bao gio|du|tham du|hoi nghi|dai hoi|van ban|cua|nam|nhung|chu tri|tac gia|viet|co|khong|la gi|may|danh sach|liet ke|tim|phien hop|dang vien|ngay|thang|tinh|van phong|so luong|tap the|ca nhan|duoc|cho|cac|voi|trong|ve|den|tai|giu|chuc vu|la ai|bai|lan thu|ky hop|uy ban|huyen|xa|don|luot|cu tri)\b/g;
const EN_MARKERS =
  /\b(who|what|when|how|many|much|the|did|does|was|were|is|are|attended|chaired|documents?|reports?|congress|conference|meeting|list|wrote|which|show|find|search|issued|received|year|in|of)\b/g;

const EN_ONLY = /\b(who|what|when|where|how|the|did|does|was|were|is|are|attended|chaired|wrote|which|held|about)\b/g;

export function detectLang(question: string): Lang {
  const q = foldKey(question);
  const enOnly = q.match(EN_ONLY)?.length ?? 0;
  const vi = q.match(VI_MARKERS)?.length ?? 0;
  const en = q.match(EN_MARKERS)?.length ?? 0;
  // An English sentence may name Vietnamese places and people with accents: its function words decide.
  if (hasVietnameseMarks(question)) return enOnly >= 2 || (enOnly >= 1 && en > vi) ? 'en' : 'vi';
  return vi > en ? 'vi' : 'en';
}

const FLOW_CUES = (Object.entries(FIGURES.documents.flows) as [FigureCategory, { question: string[] }][]).map(([category, f]) => ({
  category,
  cue: questionPattern(f.question),
}));
const CATEGORY_CUES = {
  documents: questionPattern(FIGURES.documents.question),
  meetings: questionPattern(FIGURES.meetings.question),
  newMembers: questionPattern(FIGURES.partyMembers.questionNew),
  members: questionPattern(FIGURES.partyMembers.question),
  awards: questionPattern(FIGURES.awards.question),
  programme: questionPattern(FIGURES.programmeItems.question),
  cells: questionPattern(FIGURES.partyCells.question),
};

/** The figure categories a (folded) question asks about; the words are lexicon/data/figures.json's question side. */
export function figureCategories(q: string): { categories: FigureCategory[]; documentsBare: boolean } {
  const cats: FigureCategory[] = [];
  let documentsBare = false;
  if (has(q, CATEGORY_CUES.documents)) {
    const flows = FLOW_CUES.filter((f) => has(q, f.cue)).map((f) => f.category);
    cats.push(...flows);
    if (flows.length === 0) {
      cats.push('documents-received', 'documents-issued', 'documents-processed', 'documents');
      documentsBare = true;
    }
  }
  if (has(q, CATEGORY_CUES.meetings) && !has(q, /\b(who|ai)\b/)) cats.push('meetings');
  if (has(q, CATEGORY_CUES.newMembers)) cats.push('new-party-members');
  else if (has(q, CATEGORY_CUES.members)) cats.push('party-members', 'new-party-members');
  if (has(q, CATEGORY_CUES.awards)) cats.push('awards');
  if (has(q, CATEGORY_CUES.programme)) cats.push('programme-items');
  if (has(q, CATEGORY_CUES.cells)) cats.push('party-cells');
  return { categories: [...new Set(cats)], documentsBare };
}

/**
 * A very long message keeps its end: people greet and explain first and ask
 * last ("Chào bot, … năm 2018 có bao nhiêu văn bản đến?"). Cut at a word.
 */
export function keepQuestion(text: string): string {
  if (text.length <= LIMITS.questionMaxChars) return text;
  const tail = text.slice(-LIMITS.questionMaxChars);
  const space = tail.indexOf(' ');
  return space > 0 && space < 40 ? tail.slice(space + 1) : tail;
}

type Base = Omit<Understanding, 'intent'>;

/** The selectors a question states: years, term, kind of meeting, office, province, latest/earliest. */
function selectors(text: string, q: string, lang: Lang): Base {
  const base: Base = {
    lang,
    text,
    folded: q.trim(),
    year: null,
    term: null,
    kind: null,
    office: null,
    province: null,
    categories: [],
    alsoCountReports: false,
    roleFocus: 'all',
    relative: null,
    chairedBy: false,
  };
  if (has(q, /\b(latest|most recent|newest|last|gan nhat|moi nhat|gan day nhat|sau cung|cuoi cung)\b/)) base.relative = 'latest';
  else if (has(q, /\b(earliest|oldest|som nhat|cu nhat)\b/)) base.relative = 'earliest'; // "first", "đầu tiên" are mostly ordinals ("the first session")

  const termM = /\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/.exec(q);
  if (termM) base.term = `${termM[1]}-${termM[2]}`;
  const yearM = /\b((?:19|20)\d\d)\b/.exec(termM ? q.replace(termM[0], ' ') : q);
  if (yearM) base.year = Number(yearM[1]);
  if (has(q, /\b(congress|dai hoi)\b/)) base.kind = 'congress';
  else if (has(q, /\b(session|sitting|phien hop|ky hop)\b/)) base.kind = 'session';
  else if (has(q, /\b(conference|review|hoi nghi|tong ket)\b/)) base.kind = 'conference';
  if (has(q, /\b(people s council|peoples council|hdnd|hoi dong nhan dan)\b/)) base.office = 'hdnd';
  else if (has(q, /\b(people s committee|peoples committee|ubnd|uy ban)\b/)) base.office = 'ubnd';
  else if (has(q, /\b(provincial party committee|tinh uy)\b/)) base.office = 'tinh-uy';
  for (const p of PROVINCE_KEYS) {
    if (q.includes(` ${p.key} `)) {
      base.province = p.name;
      break;
    }
  }
  return base;
}

/** "How many …": a count of reports, or of a kind of figure (with the corpus's size when documents are asked bare). */
function countIntent(base: Base, q: string, text: string, reportsWord: boolean): Understanding {
  const { categories, documentsBare } = figureCategories(q);
  // "How many voter opinions were covered by the report…": a count of opinions, not of reports.
  if (reportsWord && categories.length === 0 && !namesCountedUnit(text)) return { ...base, intent: 'count-reports' };
  if (documentsBare && !base.year && !has(q, /\b(office|van phong|congress|conference|dai hoi|hoi nghi)\b/)) {
    return { ...base, intent: 'figure', categories, alsoCountReports: true };
  }
  if (categories.length) return { ...base, intent: 'figure', categories };
  if (reportsWord && !namesCountedUnit(text)) return { ...base, intent: 'count-reports' };
  return { ...base, intent: 'figure', categories: [] };
}

/** "Which report mentions X?" is a search, "list the reports" a list; a person's meetings are not the list either. */
function asksForList(q: string, text: string, howMany: boolean): boolean {
  const toks = tokenize(text);
  const mentions =
    (hasQuestionCue(toks, 'whichReport') && has(q, /\b(mention\w*|refer\w*|cover\w*|about|talk\w*|nhac|noi ve|de cap|viet ve)\b/)) ||
    hasQuestionCue(toks, 'personEvents');
  return (
    !mentions &&
    !howMany &&
    has(
      q,
      /\b(list|show|which|what) (all |the )?(reports?|files?|articles?|documents?)\b|\b(danh sach|liet ke|nhung bao cao|cac bao cao|co nhung (bao cao|bai|tai lieu)|\/reports)\b/,
    )
  );
}

/** The folded form questions are matched on, padded with spaces so every cue has word bounds. */
function foldQuestion(text: string): string {
  return ` ${foldKey(text)
    .replace(/[^\p{L}\p{N}\s\-–]/gu, ' ')
    .replace(/\s+/g, ' ')} `;
}

const REPORTS_WORD = /\b(reports?|files?|articles?|stories|news|tai lieu|bao cao|bai viet|bai bao|bai|ban tin)\b/;

/** A question stated in fields: its words give the selectors and figure kinds; the intent is the command's. */
export function understandStated(s: StatedQuestion): Understanding {
  const text = keepQuestion((s.what ?? '').replace(/\s+/g, ' ').trim());
  const q = foldQuestion(text);
  const base = selectors(text, q, s.lang ?? (text ? detectLang(text) : 'en'));
  if (s.intent === 'attendees') return { ...base, intent: 'attendees' };
  if (s.intent === 'count-reports') return { ...base, intent: 'count-reports' };
  if (s.categories?.length) return { ...base, intent: 'figure', categories: s.categories };
  return countIntent(base, q, text, has(q, REPORTS_WORD));
}

export function understand(raw: string): Understanding {
  const text = keepQuestion(raw.replace(/\s+/g, ' ').trim());
  const q = foldQuestion(text);
  const lang = detectLang(text);
  const base = selectors(text, q, lang);

  // "the meeting chaired by X" / "hội nghị do X chủ trì": a selector when something else is asked.
  const chairSel = /\b(chaired by|presided over by|presided by|led by|chu tri boi)\b|\bdo [a-z ]{3,40} chu tri\b/;
  if (chairSel.test(q) && has(q.replace(chairSel, ' '), /\b(who|ai|when|khi nao|ngay nao|how many|bao nhieu|attend\w*|du|tham du|wrote|viet)\b/)) {
    const stripped = q.replace(chairSel, ' ');
    const inner = understand(stripped);
    // A bare "who" beside the selector ("who was at the meeting chaired by X") asks who attended.
    const intent = inner.intent === 'search' && hasQuestionCue(tokenize(stripped), 'who') ? 'attendees' : inner.intent;
    return { ...inner, intent, text, folded: q.trim(), lang, chairedBy: true };
  }
  const core = q.replace(/[^a-z0-9 ]/g, ' ').trim();
  if (core === '' || !/[\p{L}\p{N}]/u.test(text)) return { ...base, intent: 'invalid' };
  if (/^(help|giup|tro giup|huong dan|\/?help|what can you do|ban lam duoc gi)( .*)?$/.test(core) && core.split(' ').length <= 4) {
    return { ...base, intent: 'help' };
  }
  // "mấy" folds to the English "may" and "số" to "so": only the marked "mấy" counts.
  const howMany = has(q, /\b(how many|how much|number of|count|bao nhieu|so luong|tong so|tong cong)\b/) || /(^|\s)(có\s+)?mấy\s/u.test(text.toLowerCase());
  const reportsWord = has(q, REPORTS_WORD);
  if (asksForList(q, text, howMany)) return { ...base, intent: 'list-reports' };
  if (howMany) return countIntent(base, q, text, reportsWord);
  // Intent cues and their precedence are lexicon data (intentRules), with examples: "chaired", "the chair" — not "Chairman", which is a title.
  const rule = intentRule(tokenize(text));
  return rule ? { ...base, intent: rule.intent, roleFocus: rule.roleFocus ?? 'all' } : { ...base, intent: 'search' };
}
