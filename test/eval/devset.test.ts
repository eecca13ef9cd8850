import assert from 'node:assert/strict';
import { devsetDir, hasDevset, scoreDevset } from '../../src/eval/devset.ts';
import floor from './devset-floor.json' with { type: 'json' };

describe('development set gate (../shared/devset, its own scorer, strict)', function () {
  this.timeout(300_000);

  it('scores at or above the floor overall, in each language, and says "not found" for every absent case', function () {
    if (!hasDevset()) {
      // CI always has shared/ beside the clone; a machine without it cannot run this gate.
      if (process.env.CI) assert.fail(`no development set at ${devsetDir()}`);
      this.skip();
    }
    const s = scoreDevset();
    assert.ok(s.strict >= floor.strict, s.output);
    for (const lang of ['en', 'vi', 'vi-nodiacritics']) assert.ok((s.byLang.get(lang) ?? 0) >= floor.perLanguageStrict, `${lang}\n${s.output}`);
    assert.equal(s.byKind.get('absent'), 1, s.output);
  });
});
