/**
 * Does a question ask for a figure across years ("số văn bản đến qua các
 * năm", "the trend of meetings served")? A trend cue (lexicon
 * questionCues.trend) together with something counted: a "how many" or a
 * unit the lexicon knows. A trend cue alone ("what changed over time?") is
 * not a figure.
 */
import { hasQuestionCue } from '../lexicon/lexicon.ts';
import { tokenize } from '../text/normalize.ts';
import { detectLang, understand } from './understand.ts';
import { unitsIn } from './question-units.ts';

export function asksTrend(question: string): boolean {
  const tokens = tokenize(question);
  if (!hasQuestionCue(tokens, 'trend')) return false;
  return understand(question).intent === 'figure' || unitsIn(tokens, detectLang(question) === 'en').length > 0;
}
