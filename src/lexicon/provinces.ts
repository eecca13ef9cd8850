/**
 * The provinces (data/provinces.json) and their other spellings
 * (data/province-aliases.json), validated and folded once. Matched by whole
 * folded tokens only: province syllables are also surnames and given names.
 */
import { z } from 'zod';
import names from './data/provinces.json' with { type: 'json' };
import aliases from './data/province-aliases.json' with { type: 'json' };
import { foldKey } from '../text/normalize.ts';

export const PROVINCE_NAMES: readonly string[] = z.array(z.string().min(2)).min(1).parse(names);

const ALIASES = Object.entries(z.record(z.string(), z.string()).parse(aliases)).filter(([k]) => !k.startsWith('_'));
for (const [alias, name] of ALIASES) {
  if (!PROVINCE_NAMES.includes(name)) throw new Error(`province-aliases.json: "${alias}" points at "${name}", which provinces.json does not list`);
}

export interface ProvinceKey {
  /** the name as provinces.json writes it */
  name: string;
  /** folded ("ninh binh") */
  key: string;
  /** the folded key's tokens */
  tokens: string[];
}

const key = (name: string, spelling: string): ProvinceKey => ({ name, key: foldKey(spelling), tokens: foldKey(spelling).split(' ') });

/** The provinces' own names, folded. */
export const PROVINCES: readonly ProvinceKey[] = PROVINCE_NAMES.map((p) => key(p, p));

/** Names and aliases ("hanoi", "hcm"), longest first so "ha noi" wins over a shorter key inside it. */
export const PROVINCE_KEYS: readonly ProvinceKey[] = [...PROVINCES, ...ALIASES.map(([alias, name]) => key(name, alias))].sort(
  (a, b) => b.tokens.length - a.tokens.length || b.key.length - a.key.length,
);
