/** The evaluation corpus: the shipped reports plus the reports written for the evaluation, in one folder. */
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const EVAL_SOURCES = ['corpus', 'test/fixtures/reports'];

export async function evalCorpusDir(sources = EVAL_SOURCES): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vnbot-eval-'));
  for (const src of sources) for (const f of await readdir(src)) await cp(join(src, f), join(dir, f));
  return dir;
}
