import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ReportFactsSchema, ReportSchema } from '../../src/store/cache-schema.ts';
import { loadCorpus } from '../../src/store/load.ts';
import { devsetDir, hasDevset } from '../../src/eval/devset.ts';
import { shippedCorpus, tempDir } from '../helpers.ts';
import type { Corpus } from '../../src/store/load.ts';

function assertCacheShape(corpus: Corpus): void {
  assert.ok(corpus.reports.length > 0);
  for (const r of corpus.reports) {
    const check = ReportSchema.safeParse(r);
    assert.ok(check.success, `${r.id}: ${check.error?.message}`);
    assert.deepEqual(check.data, r, `${r.id}: the schema would drop or change a field`);
  }
  for (const [doc, f] of corpus.facts) {
    const check = ReportFactsSchema.safeParse(f);
    assert.ok(check.success, `${doc}: ${check.error?.message}`);
    assert.deepEqual(check.data, f, `${doc}: the schema would drop or change a field`);
  }
}

describe('store/cache-schema', () => {
  it('describes exactly what the parser and extractors write for the shipped corpus', async () => {
    assertCacheShape(await shippedCorpus());
  });

  it('describes exactly what they write for the development set', async function () {
    if (!(await hasDevset())) this.skip();
    this.timeout(60_000);
    assertCacheShape(await loadCorpus({ corpusDir: join(devsetDir(), 'corpus'), cacheDir: await tempDir() }));
  });

  it('rejects what a damaged or foreign cache might hold', () => {
    assert.equal(ReportSchema.safeParse({ id: 'a.txt', passages: 'not a list' }).success, false);
    const figure = { type: 'figure', category: 'documents', value: 'many' };
    assert.equal(ReportFactsSchema.safeParse({ doc: 'a.txt', people: [], groups: [], figures: [figure] }).success, false);
  });
});
