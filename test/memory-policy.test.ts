import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

describe('memory-policy', () => {
  it('after the load, collects the garbage once, a little later, without stopping the process', function () {
    this.timeout(20_000);
    // A process of its own: the policy changes V8 flags for the whole process.
    const script = `
      import { applyServingMemoryPolicy } from './src/memory-policy.ts';
      import { LIMITS } from './src/limits.ts';
      let garbage = Array.from({ length: 300_000 }, (_, i) => ({ i, s: 'x'.repeat(20) + i }));
      garbage = null;
      const before = process.memoryUsage().heapUsed;
      applyServingMemoryPolicy();
      applyServingMemoryPolicy(); // twice is once
      setTimeout(() => {
        const after = process.memoryUsage().heapUsed;
        console.log(JSON.stringify({ before, after }));
      }, LIMITS.settleCollectionMs + 500);
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const { before, after } = JSON.parse(r.stdout.trim()) as { before: number; after: number };
    assert.ok(after < before - 20 * 2 ** 20, `heap ${Math.round(before / 2 ** 20)} MB before, ${Math.round(after / 2 ** 20)} MB after`);
  });
});
