import assert from 'node:assert/strict';
import { extractFigures } from '../../src/facts/figures.ts';
import { FIGURES } from '../../src/lexicon/figures.ts';
import { understand } from '../../src/understand/understand.ts';
import { normalizeText } from '../../src/text/normalize.ts';
import type { Report } from '../../src/model/report.ts';
import { parseReport } from '../../src/corpus/parse.ts';

/** A small report around the sentence, read by the real parser (a January 2023 review of 2022). */
function reportOf(sentence: string): Report {
  const text = [
    'Văn phòng UBND tỉnh tổng kết công tác năm 2022',
    'Sáng 10-1-2023, Văn phòng UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2022.',
    sentence,
    'Minh Anh',
  ].join('\n\n');
  return parseReport('example.txt', normalizeText(text));
}

describe('lexicon/figures', () => {
  it('every report example gives a figure of its category, and every question example asks for its categories', () => {
    for (const ex of FIGURES.examples) {
      if ('report' in ex) {
        const got = extractFigures(reportOf(ex.report)).map((f) => f.category);
        assert.ok(got.includes(ex.category as never), `${ex.report}: got ${got.join(', ') || 'no figure'}, want ${ex.category}`);
      } else {
        assert.deepEqual(understand(ex.question).categories, ex.categories, ex.question);
      }
    }
  });

  it('has report examples for each figure category the vocabulary defines', () => {
    const covered = new Set(FIGURES.examples.flatMap((ex) => ('category' in ex ? [ex.category] : [])));
    for (const c of ['documents-received', 'documents-issued', 'meetings', 'awards', 'new-party-members', 'party-cells']) assert.ok(covered.has(c), c);
  });
});
