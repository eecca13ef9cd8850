/** Words a search leaves out (stopwords.json), validated where they enter. */
import { z } from 'zod';
import raw from './data/stopwords.json' with { type: 'json' };

const words = z.array(z.string().min(1));

export const STOPWORDS = z
  .object({
    vi: words,
    en: words,
    _foldedKeep: z.string().optional(),
    /** folded forms kept although a Vietnamese stop word folds to them (see the file's note) */
    foldedKeep: words,
  })
  .parse(raw);
