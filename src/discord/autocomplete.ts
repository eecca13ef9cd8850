/** Autocomplete choices: meetings (reports) and the kinds of figures the corpus has. Accent-insensitive. */
import type { AutocompleteInteraction } from 'discord.js';
import type { Engine } from '../engine.ts';
import { OFFERED_KINDS, type FigureCategory } from '../model/facts.ts';
import type { Lang } from '../model/report.ts';
import { foldKey } from '../text/normalize.ts';
import { lookups } from '../store/lookups.ts';
import { CATEGORY_NAME } from '../answer/messages.ts';
import { DISCORD } from './limits.ts';
import { trimText } from './trim.ts';
import { localeLang, ui } from './messages.ts';
import { reportChoiceValue } from './report-keys.ts';

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
    .map((r) => ({ name: trimText(`${r.title} — ${r.date.iso ?? '?'}`, DISCORD.choiceName), value: reportChoiceValue(r.id) }));
}

/** The figure kinds /how-many offers, in the order it lists them; "reports" is the number of reports. */
const OFFERED: (FigureCategory | 'reports')[] = ['reports', ...OFFERED_KINDS];

const kindName = (c: FigureCategory | 'reports', lang: Lang) => (c === 'reports' ? ui(lang).reportsInCorpus : CATEGORY_NAME[lang][c]);

/** The kinds of figure the corpus has, by their name in the user's language; the value is the kind's id. */
export function figureChoices(engine: Engine, typed: string, lang: Lang): Choice[] {
  // The kinds the corpus has, from the lookups built at load: not a walk over every report's facts at each keystroke.
  const present = lookups(engine.corpus).figuresByCategory;
  const key = foldKey(typed);
  return OFFERED.filter((c) => c === 'reports' || present.has(c))
    .map((c) => ({ name: kindName(c, lang), value: c }))
    .filter((c) => !key || foldKey(`${c.name} ${c.value}`).includes(key))
    .slice(0, DISCORD.choices);
}

/** What /how-many was given: a kind picked from the suggestions (its id), or words typed freely. */
export function figureRequest(what: string, lang: Lang): { intent: 'figure' | 'count-reports'; what?: string; categories?: FigureCategory[] } {
  if (what === 'reports') return { intent: 'count-reports', what: kindName('reports', lang) };
  const picked = OFFERED.find((c) => c === what);
  if (picked && picked !== 'reports') return { intent: 'figure', categories: [picked], what: kindName(picked, lang) };
  return { intent: 'figure', what };
}

export async function respondMeetings(interaction: AutocompleteInteraction, engine: Engine): Promise<void> {
  await interaction.respond(meetingChoices(engine, String(interaction.options.getFocused() ?? '')));
}

export async function respondFigures(interaction: AutocompleteInteraction, engine: Engine): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'meeting') return respondMeetings(interaction, engine);
  await interaction.respond(figureChoices(engine, String(focused.value ?? ''), localeLang(interaction.locale)));
}

/**
 * What /trend offers: the kinds of figure the corpus has, each valued by the
 * Vietnamese noun the reports count it with (the words in brackets of its
 * English name: "Documents received (văn bản đến)" → "văn bản đến").
 */
export function trendChoices(engine: Engine, typed: string, lang: Lang): Choice[] {
  return figureChoices(engine, typed, lang)
    .filter((c) => c.value !== 'reports')
    .map((c) => ({ name: c.name, value: /\(([^)/]+)/.exec(CATEGORY_NAME.en[c.value as FigureCategory])?.[1]?.trim() ?? c.value }))
    .filter((c) => !/^[a-z-]+$/.test(c.value)); // a kind with no noun of its own is not offered
}

export async function respondTrend(interaction: AutocompleteInteraction, engine: Engine): Promise<void> {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(trendChoices(engine, String(focused.value ?? ''), localeLang(interaction.locale)));
}
