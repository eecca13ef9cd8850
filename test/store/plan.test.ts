import assert from 'node:assert/strict';
import { planUpdate } from '../../src/store/plan.ts';
import type { FileEntry, Manifest } from '../../src/store/manifest.ts';

const entry = (id: string, hash = `h-${id}`): FileEntry => ({ id, size: 1, mtimeMs: 1, hash });
const manifest = (segments: { file: string; reports: string[]; passages: number }[]): Manifest => ({
  format: 'vn-reports-store',
  code: 'c',
  corpusDir: '/x',
  limit: 1,
  signature: null,
  statAt: 0,
  files: segments.flatMap((s) => s.reports.map((id) => entry(id))),
  skipped: [],
  segments,
  savedAt: '',
});
const now = (...es: FileEntry[]) => new Map(es.map((e) => [e.id, e]));

describe('store/plan', () => {
  const old = manifest([
    { file: 's1', reports: ['a', 'b'], passages: 100 },
    { file: 's2', reports: ['c'], passages: 100 },
    { file: 's3', reports: ['d'], passages: 10 },
  ]);

  it('keeps every segment when nothing changed, and has nothing to do', () => {
    const p = planUpdate(old, now(entry('a'), entry('b'), entry('c'), entry('d')), 100);
    assert.deepEqual([p.kept.map((s) => s.file), p.dirty, p.pending], [['s1', 's2', 's3'], [], []]);
  });

  it('rewrites the segment of a changed or removed report only, with its other reports', () => {
    const changed = planUpdate(old, now(entry('a'), entry('b', 'new'), entry('c'), entry('d')), 100);
    assert.deepEqual([changed.kept.map((s) => s.file), changed.dirty.map((s) => s.file), changed.pending], [['s2', 's3'], ['s1'], ['a', 'b']]);
    const removed = planUpdate(old, now(entry('a'), entry('b'), entry('d')), 100);
    assert.deepEqual([removed.kept.map((s) => s.file), removed.dirty.map((s) => s.file), removed.pending], [['s1', 's3'], ['s2'], []]);
  });

  it('puts new reports in new segments, with the small segments, so that one-at-a-time additions do not leave a segment each', () => {
    const p = planUpdate(old, now(entry('a'), entry('b'), entry('c'), entry('d'), entry('e')), 100);
    assert.deepEqual([p.kept.map((s) => s.file), p.dirty.map((s) => s.file), p.pending], [['s1', 's2'], ['s3'], ['d', 'e']]);
  });

  it('rebuilds everything without a manifest, and a damaged segment as if changed', () => {
    assert.deepEqual(planUpdate(null, now(entry('b'), entry('a')), 100).pending, ['a', 'b']);
    const p = planUpdate(old, now(entry('a'), entry('b'), entry('c'), entry('d')), 100, new Set(['s2']));
    assert.deepEqual([p.dirty.map((s) => s.file), p.pending], [['s2'], ['c']]);
  });
});
