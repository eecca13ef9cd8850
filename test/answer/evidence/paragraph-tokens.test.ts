import assert from 'node:assert/strict';
import { loadCorpus } from '../../../src/store/load.ts';
import { reportUnits } from '../../../src/answer/report-text.ts';
import { paragraphTokens } from '../../../src/answer/evidence/counts.ts';
import { tokenize } from '../../../src/text/normalize.ts';
import { tempDir } from '../../helpers.ts';

describe('answer/evidence paragraph tokens', () => {
  it("a paragraph's tokens made from its sentences are the paragraph's own, in every shipped and fixture report", async () => {
    let passages = 0;
    for (const corpusDir of ['corpus', 'test/fixtures/reports']) {
      const corpus = await loadCorpus({ corpusDir, cacheDir: await tempDir() });
      for (const r of corpus.reports) {
        const made = paragraphTokens(reportUnits(r));
        for (const p of r.passages) {
          passages++;
          assert.deepEqual(
            made.get(p)?.map((t) => t.folded),
            tokenize(p.text).map((t) => t.folded),
            p.id,
          );
        }
      }
    }
    assert.ok(passages > 50, `${passages} passages`);
  });
});
