/**
 * What a figure counts, from its unit and the words around it: documents
 * (received, issued, processed), meetings, programme items, awards, party
 * members, party cells, people. The words are data (lexicon/data/figures.json).
 */
import type { FigureCategory } from '../model/facts.ts';
import {
  ADMITTED_BEFORE,
  AWARD_AFTER,
  AWARD_AFTER_PAIR,
  AWARD_GIVEN_BEFORE,
  AWARD_REASON,
  AWARD_UNIT,
  CELLS_UNIT,
  DOCUMENT_FLOWS,
  DOCUMENT_UNIT,
  MEETING_UNIT,
  MEMBERS_UNIT,
  MEMBERS_UNIT_START,
  NEW_MEMBERS_UNIT,
  PEOPLE_UNIT,
  PROGRAMME_UNIT,
} from './figure-patterns.ts';

export interface Category {
  category: FigureCategory;
  detail: string | null;
}

/** "Giấy khen vì đã có thành tích…" → "Giấy khen": the award, not the reason. */
const trimReason = (s: string) => s.replace(AWARD_REASON, '').trim();

/** A count of documents: the flow the unit names ("văn bản đến"), else the verb nearest before the number. */
function documentFlow(unit: string, before: string): FigureCategory {
  for (const f of DOCUMENT_FLOWS) if (f.unitEnd?.test(unit)) return f.category;
  let best: { at: number; category: FigureCategory } | null = null;
  for (const f of DOCUMENT_FLOWS) {
    for (const m of before.matchAll(f.verbs)) if (!best || (m.index ?? 0) > best.at) best = { at: m.index ?? 0, category: f.category };
  }
  return best?.category ?? 'documents';
}

/** A count of people or collectives: an award they received, party members, or just people. */
function peopleCount(unit: string, after: string, clause: string): Category {
  const award = AWARD_AFTER.exec(after) ?? AWARD_AFTER_PAIR.exec(after);
  if (award) return { category: 'awards', detail: trimReason(award[1]) };
  const given = AWARD_GIVEN_BEFORE.exec(clause);
  if (given) return { category: 'awards', detail: given[1].trim() };
  if (MEMBERS_UNIT.test(unit)) return { category: 'party-members', detail: null };
  return { category: 'people', detail: null };
}

/** The category of a figure with this unit, this clause before it and these words after it. */
export function categorise(unit: string, before: string, after: string, clause: string): Category {
  const u = unit.toLowerCase();
  const b = before.toLowerCase();
  if (DOCUMENT_UNIT.test(u)) return { category: documentFlow(u, b), detail: null };
  if (MEETING_UNIT.test(u)) return { category: 'meetings', detail: null };
  if (PROGRAMME_UNIT.test(u)) return { category: 'programme-items', detail: null };
  if (AWARD_UNIT.test(u)) return { category: 'awards', detail: unit };
  if (NEW_MEMBERS_UNIT.test(u) || (ADMITTED_BEFORE.test(b.trimEnd()) && MEMBERS_UNIT.test(u))) return { category: 'new-party-members', detail: null };
  if (PEOPLE_UNIT.test(u) || MEMBERS_UNIT_START.test(u)) return peopleCount(u, after, clause);
  if (CELLS_UNIT.test(u)) return { category: 'party-cells', detail: null };
  return { category: 'other', detail: null };
}
