/**
 * People resolution: which people in the corpus a question means, by the
 * titles it names or by the names it spells (whole names, folded or not).
 */
import type { Corpus } from '../store/load.ts';
import { foldKey } from '../text/normalize.ts';
import { lookups } from '../store/lookups.ts';
import { NAMES as names } from '../lexicon/names.ts';

/** Honorifics as they appear in a folded question ("dong chi", "ong", "d c", "mr"). */
const HONORIFIC_KEYS = [...names.honorifics, ...names.englishHonorifics].map((h) =>
  foldKey(h)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);

/** People whose title (as the reports give it) holds one of these folded titles. */
export function peopleWithTitles(corpus: Corpus, titles: string[]): string[] {
  const out = new Set<string>();
  for (const f of corpus.facts.values()) {
    for (const p of f.people) {
      if (!p.title) continue;
      const parts = foldKey(p.title).split(/\s*,\s*/);
      if (titles.some((t) => parts.includes(t))) out.add(p.name);
    }
  }
  return [...out];
}

/**
 * People the question names, with or without accents: by the whole name, or
 * by its last two syllables only after an honorific ("đồng chí Văn Phong"),
 * because a bare "Văn Phong" is as likely "văn phòng", the office.
 */
export function peopleInQuestion(corpus: Corpus, folded: string): string[] {
  const q = ` ${folded.replace(/[^a-z0-9]+/g, ' ')} `;
  const { people } = lookups(corpus);
  const full = people.filter((p) => q.includes(` ${p.full} `)).map((p) => p.name);
  if (full.length) return full;
  return people.filter((p) => p.tail !== null && HONORIFIC_KEYS.some((h) => q.includes(` ${h} ${p.tail} `))).map((p) => p.name);
}
