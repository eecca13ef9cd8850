/** Autocomplete choices: meetings (reports) and the kinds of figures the corpus has. Accent-insensitive. */
import type { AutocompleteInteraction } from 'discord.js';
import type { Engine } from '../engine.ts';
import type { FigureCategory } from '../model/facts.ts';
import type { Lang } from '../model/report.ts';
import { foldKey } from '../text/normalize.ts';
import { CATEGORY_NAME } from '../answer/messages.ts';
import { DISCORD } from './limits.ts';
import { trimText } from './trim.ts';
import { langOf } from './command.ts';

export interface Choice {
  name: string;
  value: string;
}

/** Reports as "title — date", filtered by what was typed (any word order, accents optional). */
export function meetingChoices(engine: Engine, typed: string): Choice[] {
  const words = foldKey(typed).split(' ').filter(Boolean);
  return [...engine.corpus.reports]
    .sort((a, b) => (b.date.iso ?? '').localeCompare(a.date.iso ?? ''))
    .filter((r) => {
      const hay = foldKey(`${r.title} ${r.date.iso ?? ''} ${r.office ?? ''} ${r.province ?? ''} ${r.id} ${r.kind} ${r.term ?? ''}`);
      return words.every((w) => hay.includes(w));
    })
    .slice(0, DISCORD.choices)
    .map((r) => ({ name: trimText(`${r.title} — ${r.date.iso ?? '?'}`, DISCORD.choiceName), value: r.id.slice(0, DISCORD.choiceName) }));
}

/** What each kind of figure is called in a question the engine understands. */
export const FIGURE_QUERY: Partial<Record<FigureCategory | 'reports', string>> = {
  reports: 'reports',
  'documents-received': 'documents received',
  'documents-issued': 'documents issued',
  'documents-processed': 'documents processed',
  documents: 'documents',
  meetings: 'meetings served',
  'programme-items': 'programme items',
  'new-party-members': 'new party members',
  'party-members': 'party members',
  awards: 'awards',
  'party-cells': 'party cells',
};

export function figureChoices(engine: Engine, typed: string, lang: Lang): Choice[] {
  const present = new Set<string>(['reports']);
  for (const f of engine.corpus.facts.values()) for (const x of f.figures) if (FIGURE_QUERY[x.category]) present.add(x.category);
  const key = foldKey(typed);
  return [...present]
    .map((c) => ({
      name: c === 'reports' ? (lang === 'vi' ? 'Số báo cáo trong kho' : 'Reports in the corpus') : CATEGORY_NAME[lang][c as FigureCategory],
      value: FIGURE_QUERY[c as FigureCategory | 'reports'] as string,
    }))
    .filter((c) => !key || foldKey(`${c.name} ${c.value}`).includes(key))
    .slice(0, DISCORD.choices);
}

export async function respondMeetings(interaction: AutocompleteInteraction, engine: Engine): Promise<void> {
  await interaction.respond(meetingChoices(engine, String(interaction.options.getFocused() ?? '')));
}

export async function respondFigures(interaction: AutocompleteInteraction, engine: Engine): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'meeting') return respondMeetings(interaction, engine);
  await interaction.respond(figureChoices(engine, String(focused.value ?? ''), langOf(interaction.locale)));
}
