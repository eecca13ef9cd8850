import assert from 'node:assert/strict';
import { parseReport } from '../../src/corpus/parse.ts';
import { extractFigures } from '../../src/facts/figures.ts';
import { normalizeText } from '../../src/text/normalize.ts';
import { shippedCorpus } from '../helpers.ts';
import { HDND_REPORT, CONGRESS_REPORT, PHU_THO_REPORT } from '../fixtures.ts';

describe('facts/figures', () => {
  it('reads document figures with unit, year, qualifier and change', async () => {
    const c = await shippedCorpus();
    const f = c.facts.get(c.reports.find((r) => r.id.startsWith('000'))!.id)!.figures;
    const processed = f.find((x) => x.category === 'documents-processed')!;
    assert.deepEqual([processed.value, processed.qualifier, processed.year], [30900, 'over', 2018]);
    assert.deepEqual([processed.change?.direction, processed.change?.percent], ['up', 3.5]);
    const issued = f.find((x) => x.category === 'documents-issued')!;
    assert.deepEqual([issued.value, issued.change?.direction, issued.change?.percent], [10500, 'down', 2.7]);
  });

  it('reads a congress term’s figures, ratios and meetings', async () => {
    const c = await shippedCorpus();
    const f1 = c.facts.get(c.reports.find((r) => r.id.startsWith('001'))!.id)!.figures;
    const received = f1.find((x) => x.category === 'documents-received')!;
    assert.deepEqual([received.value, received.term], [153000, '2015-2020']);
    assert.equal(f1.find((x) => x.category === 'meetings')?.value, 1881);
    assert.equal(f1.find((x) => x.category === 'new-party-members')?.value, 8);
    const f2 = c.facts.get(c.reports.find((r) => r.id.startsWith('002'))!.id)!.figures;
    const items = f2.find((x) => x.category === 'programme-items')!;
    assert.deepEqual([items.value, items.of, items.year], [140, 145, 2019]);
    assert.deepEqual(
      f2.filter((x) => x.category === 'awards').map((x) => x.value),
      [10, 10, 43],
    );
  });

  it('never takes years, dates or durations for figures', async () => {
    const c = await shippedCorpus();
    for (const facts of c.facts.values()) {
      for (const x of facts.figures) {
        assert.ok(!(x.value >= 1945 && x.value <= 2100 && !x.raw.includes('.')), `year taken as figure: ${x.raw}`);
        assert.ok(!/^\d+ năm/u.test(x.raw), `duration taken as figure: ${x.raw}`);
      }
    }
  });

  it('reads "gần 2 nghìn", sessions and a change on the other phrasings', () => {
    const r = parseReport('h.txt', normalizeText(HDND_REPORT));
    const f = extractFigures(r);
    const rec = f.find((x) => x.category === 'documents-received')!;
    assert.deepEqual([rec.value, rec.qualifier, rec.year], [2000, 'nearly', 2020]);
    const iss = f.find((x) => x.category === 'documents-issued')!;
    assert.deepEqual([iss.value, iss.change?.percent, iss.change?.against], [1204, 12.5, 'so với năm 2019']);
    assert.deepEqual(
      f.filter((x) => x.category === 'meetings').map((x) => x.value),
      [6, 48],
    );
    const c = extractFigures(parseReport('c.txt', normalizeText(CONGRESS_REPORT)));
    const nm = c.find((x) => x.category === 'new-party-members')!;
    assert.deepEqual([nm.value, nm.term], [12, '2020-2025']);
  });

  it('reads a unit written before its number ("số văn bản đến là 25.678", "văn bản đi: 4.321")', () => {
    const f = extractFigures(parseReport('pt.txt', normalizeText(PHU_THO_REPORT)));
    const rec = f.find((x) => x.category === 'documents-received')!;
    assert.deepEqual([rec.value, rec.year], [25678, 2022]);
    const iss = f.find((x) => x.category === 'documents-issued')!;
    assert.deepEqual([iss.value, iss.change?.percent, iss.change?.against], [4321, 5, 'so với cùng kỳ']);
  });
});
