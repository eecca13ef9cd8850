import assert from 'node:assert/strict';
import { internSegment } from '../../src/store/intern.ts';
import { shippedCorpus } from '../helpers.ts';

describe('store/intern', () => {
  it('shares repeated strings of parsed reports without changing a value', async () => {
    const corpus = await shippedCorpus();
    const body = { reports: corpus.reports, facts: [...corpus.facts] };
    // A copy as JSON.parse gives it (every string its own), interned, must equal the original in every field.
    const copy = JSON.parse(JSON.stringify(body)) as typeof body;
    internSegment(copy);
    assert.deepEqual(copy, JSON.parse(JSON.stringify(body)));
    assert.ok(
      copy.facts.some(([, f]) => f.figures.length > 0 && f.people.length > 0),
      'the shipped reports have figures and people to intern',
    );
  });
});
