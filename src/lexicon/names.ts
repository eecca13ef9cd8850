/**
 * The words for recognising people (names.json) and the surnames
 * (surnames.json), validated where they enter: the name finder, the question
 * reader and people resolution all read these, never the files.
 */
import { z } from 'zod';
import rawNames from './data/names.json' with { type: 'json' };
import rawSurnames from './data/surnames.json' with { type: 'json' };

const words = z.array(z.string().min(1));

export const NAMES = z
  .object({
    _about: z.string(),
    /** capitalised phrases that look like names but are places or organisations (folded) */
    notNames: words,
    /** words before a name in reports ("đồng chí", "ông") */
    honorifics: words,
    /** the same in English questions ("Mr") */
    englishHonorifics: words,
    /** words that begin an office title, never a given name */
    titleStarters: words,
    /** lower-case words inside titles */
    titleInnerLower: words,
  })
  .parse(rawNames);

export const SURNAMES: string[] = words.min(1).parse(rawSurnames);
