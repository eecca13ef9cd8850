/** English renderings of official titles, from the glossary data. */
import { z } from 'zod';
import raw from './data/glossary.json' with { type: 'json' };
import { foldKey } from '../text/normalize.ts';

const Rendering = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** The glossary, validated where it enters; search translates English questions with its terms and titles. */
export const GLOSSARY = z
  .object({
    _about: z.string(),
    terms: z.array(z.object({ vi: z.string().min(1), en: z.array(z.string().min(1)), gloss: z.string().optional() })),
    titles: z.array(Rendering),
    titlePrefixes: z.array(Rendering),
  })
  .parse(raw);
const glossary = GLOSSARY;

const TITLES = glossary.titles.map((t) => ({ key: foldKey(t.vi), en: t.en })).sort((a, b) => b.key.length - a.key.length);

// "Quyền Chủ tịch UBND tỉnh" is the acting Chairman: a prefix of the title, read before it.
const PREFIXES = glossary.titlePrefixes.map((p) => ({ key: foldKey(p.vi), en: p.en }));

/** "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" → "Deputy Secretary of the Provincial Party Committee; Chairman of …"; null when unknown. */
export function englishTitle(vi: string): string | null {
  const out: string[] = [];
  for (const part of vi.split(/\s*,\s*/)) {
    const pre = PREFIXES.find((p) => foldKey(part).startsWith(`${p.key} `));
    const en = englishPart(pre ? part.split(/\s+/).slice(pre.key.split(' ').length).join(' ') : part);
    if (en) out.push(pre ? `${pre.en} ${en}` : en);
  }
  return out.length ? out.join('; ') : null;
}

/** One title: exact, or a known title and the body it is of. */
function englishPart(part: string): string | null {
  const key = foldKey(part);
  const exact = TITLES.find((t) => t.key === key);
  if (exact) return exact.en;
  const prefix = TITLES.find((t) => key.startsWith(`${t.key} `));
  if (!prefix) return null;
  // "Phó Bí thư" + "Đảng ủy Khối các cơ quan tỉnh" → "Deputy Secretary of the Party Committee of Provincial Agencies"
  const rest = TITLES.find((t) => t.key === key.slice(prefix.key.length + 1));
  const restVi = part.split(/\s+/).slice(prefix.key.split(' ').length).join(' ');
  return rest ? `${prefix.en} of the ${rest.en}` : `${prefix.en} (${restVi})`;
}

const STARTERS = /^(chu tich|pho chu tich|bi thu|pho bi thu|chanh van phong|pho chanh van phong|giam doc|pho giam doc|truong|pho truong|uy vien|chu nhiem)\b/;
const PERSON_TITLES = glossary.titles
  .map((t) => ({
    vi: t.vi,
    key: foldKey(t.vi),
    en: foldKey(t.en)
      .replace(/[^a-z0-9 ]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  }))
  .filter((t) => STARTERS.test(t.key))
  .sort((a, b) => b.key.length - a.key.length);

/** Office titles a question names, in English or Vietnamese (folded keys, longest first, none inside another). */
export function titlesInQuestion(folded: string): string[] {
  let q = ` ${folded.replace(/[^a-z0-9]+/g, ' ')} `;
  const out: string[] = [];
  for (const t of PERSON_TITLES) {
    for (const form of [t.key, t.en]) {
      if (q.includes(` ${form} `)) {
        out.push(t.key);
        q = q.split(` ${form} `).join(' ');
      }
    }
  }
  return [...new Set(out)];
}
