/** Building an answer's lines (see AnswerLine): one constructor per kind, so no answerer writes markup. */
import type { AnswerLine, LineSource } from '../model/answer.ts';

/** A meeting's heading: its headline (cited when quoted from the report) or a label made from its metadata. */
export function heading(text: string, cites: number[] = [], source: LineSource = 'meta', detail?: string): AnswerLine {
  return detail ? { kind: 'heading', text, cites, source, detail } : { kind: 'heading', text, cites, source };
}

/** A fact or a list entry. */
export function item(text: string, cites: number[] = [], source: LineSource = 'passage', emphasis?: string): AnswerLine {
  return emphasis === undefined ? { kind: 'item', text, cites, source } : { kind: 'item', text, cites, source, emphasis };
}

/** What the structured facts read in the item above (names with titles, a date with its year). */
export function reading(text: string, cites: number[], source: LineSource = 'passage'): AnswerLine {
  return { kind: 'reading', text, cites, source };
}

/** A sentence about the answer itself ("The reports do not say…", "2 more meetings fit"). */
export function note(text: string, source: LineSource = 'meta', cites: number[] = []): AnswerLine {
  return { kind: 'note', text, cites, source };
}
