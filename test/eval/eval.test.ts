import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Engine } from '../../src/engine.ts';
import { evalCorpusDir } from '../../src/eval/corpus.ts';
import { evaluate, formatReport, parseCases, type EvalCase } from '../../src/eval/evaluate.ts';
import { removeLater, tempDir } from '../helpers.ts';
import floor from './floor.json' with { type: 'json' };

describe('evaluation gate', function () {
  this.timeout(60_000);
  let cases: EvalCase[];
  let engine: Engine;

  before(async () => {
    cases = [];
    for (const f of (await readdir('test/eval')).filter((x) => x.endsWith('.jsonl')).sort())
      cases.push(...parseCases(await readFile(join('test/eval', f), 'utf8'), f));
    engine = await Engine.open({ corpusDir: removeLater(await evalCorpusDir()), cacheDir: await tempDir() });
  });

  it('has enough cases, in all three forms, over the shipped and the written reports', () => {
    assert.ok(cases.length >= floor.minCases, `${cases.length} cases`);
    const byLang = new Map<string, number>();
    for (const c of cases) byLang.set(c.lang, (byLang.get(c.lang) ?? 0) + 1);
    for (const lang of ['en', 'vi', 'vi-plain']) assert.ok((byLang.get(lang) ?? 0) >= cases.length / 4, `${lang}: ${byLang.get(lang)}`);
    assert.ok(engine.corpus.reports.length >= 15);
    assert.ok(
      cases.some((c) => c.found === false),
      'some answers are "the reports do not say"',
    );
    assert.ok(cases.some((c) => c.kind === 'hostile'));
  });

  it('stays at or above the quality floor', () => {
    const r = evaluate(engine, cases);
    const table = formatReport(r);
    assert.equal(r.crashes, floor.crashes, table);
    assert.equal(r.groundingViolations, floor.groundingViolations, table);
    assert.ok(r.accuracy >= floor.accuracy, table);
    assert.ok(r.citationAccuracy >= floor.citationAccuracy, table);
    for (const row of r.byLang) assert.ok(row.correct / row.n >= floor.perLanguageAccuracy, `${row.group}\n${table}`);
  });

  it('fails a case that is wrong, so the gate can fail', () => {
    const wrong = evaluate(engine, [{ id: 'x', kind: 'attendees', lang: 'en', q: 'Who attended the 2020 congress?', must: ['Võ Văn Bình'] }]);
    assert.equal(wrong.accuracy, 0);
  });
});
