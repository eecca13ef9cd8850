/**
 * The shared development set (../shared/devset): its own scorer, run on the
 * real JSON command line exactly as its README says, so the gate measures the
 * program users run and the scorer stays the team's, unchanged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the development set is: DEVSET_DIR, else ../shared/devset beside the checkout. */
export function devsetDir(): string {
  return resolve(process.env.DEVSET_DIR ?? join('..', 'shared', 'devset'));
}

export function hasDevset(dir = devsetDir()): boolean {
  return existsSync(join(dir, 'score.mjs')) && existsSync(join(dir, 'questions.jsonl'));
}

export interface DevsetScore {
  /** the scorer's whole output */
  output: string;
  strict: number;
  lenient: number;
  /** strict rate by language and by kind, 0…1 */
  byLang: Map<string, number>;
  byKind: Map<string, number>;
}

/** Run the devset's scorer over this project; throws when it cannot run at all. */
export function scoreDevset(dir = devsetDir()): DevsetScore {
  // The scorer runs our CLI: its index cache goes to a temporary folder, removed after, not into the checkout.
  const cacheDir = mkdtempSync(join(tmpdir(), 'vnbot-devset-cache-'));
  try {
    return scoreIn(dir, cacheDir);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function scoreIn(dir: string, cacheDir: string): DevsetScore {
  const r = spawnSync(process.execPath, [join(dir, 'score.mjs'), '--strict', '--project', process.cwd()], {
    env: { ...process.env, INDEX_CACHE_DIR: cacheDir },
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 32 << 20,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const total = /devset: (\d+)% strict, (\d+)% lenient/.exec(output);
  if (!total) throw new Error(`the devset scorer did not finish (exit ${r.status}):\n${output.slice(-2000)}`);
  const rows = (title: string) => {
    const out = new Map<string, number>();
    const block = output.split(title)[1]?.split(/\n(?=\S)/)[0] ?? '';
    for (const m of block.matchAll(/^\s+(\S+)\s+\d+\s+\d+%\s+(\d+)%$/gm)) out.set(m[1], Number(m[2]) / 100);
    return out;
  };
  return { output, strict: Number(total[1]) / 100, lenient: Number(total[2]) / 100, byLang: rows('by language'), byKind: rows('by kind') };
}
