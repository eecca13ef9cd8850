import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Engine } from '../../src/engine.ts';
import { generateReport } from '../../bench/generate.ts';
import { groundingViolations } from '../../src/answer/grounding.ts';
import { tempDir } from '../helpers.ts';
import { LIMITS } from '../../src/limits.ts';

describe('answers on a larger corpus (synthetic, 60 reports)', function () {
  this.timeout(30_000);
  let engine: Engine;
  before(async () => {
    const dir = await tempDir();
    for (let i = 0; i < 60; i++) {
      const { name, text } = generateReport(i);
      await writeFile(join(dir, name), text);
    }
    engine = await Engine.open({ corpusDir: dir, cacheDir: await tempDir() });
  });

  it('the generator is deterministic', () => {
    assert.deepEqual(generateReport(7), generateReport(7));
    assert.notDeepEqual(generateReport(7), generateReport(8));
  });

  it('a question that matches many meetings shows the latest few and says how many more', () => {
    const a = engine.ask('who attended?');
    const headings = a.lines.filter((l) => l.kind === 'heading');
    assert.equal(headings.length, LIMITS.maxAnsweredReports);
    assert.match(a.answer, /…and \d+ more meetings fit as well/);
    assert.deepEqual(groundingViolations(a), []);
  });

  it('figure answers keep whole reports within the line limit, grounded', () => {
    const a = engine.ask('how many documents were received?');
    const lines = a.lines.filter((l) => l.source === 'passage');
    assert.ok(lines.length > 0 && lines.length <= LIMITS.maxFigureLines + 10);
    assert.deepEqual(groundingViolations(a), []);
  });

  it('every synthetic report yields its attendees and figures', () => {
    let withPeople = 0;
    for (const f of engine.corpus.facts.values()) if (f.people.length || f.groups.length) withPeople++;
    assert.ok(withPeople >= 57, `${withPeople} of 60`);
  });
});
