#!/usr/bin/env node
/**
 * `npm start`: run the compiled bot (dist/src/main.js). When the sources are
 * newer than the last build (a `git pull`, an edit) or there is no build, it
 * compiles first (`tsc -p tsconfig.build.json`), so a start never runs stale
 * code and never pays for compiling TypeScript on the fly.
 * `node scripts/start.mjs --build` only builds (`npm run build`, and
 * "prepare", which `npm ci` and `npm install` run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const stamp = join(dist, '.built');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** The newest modification time among the files a build reads. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['src', 'commands']) walk(join(root, d));
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) if (existsSync(join(root, f))) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}

function build() {
  if (!existsSync(tsc)) return false;
  process.stderr.write('Compiling the bot (TypeScript → dist/)…\n');
  rmSync(dist, { recursive: true, force: true }); // no compiled file outlives its source
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    process.stderr.write('Compiling failed (the errors are above); fix them, or run `npm run dev` to start from the sources.\n');
    process.exit(2);
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  return true;
}

const stale = !existsSync(stamp) || statSync(stamp).mtimeMs < newestSource();
if (process.argv.includes('--build')) {
  // An install without dev dependencies (npm ci --omit=dev) must not fail here: `npm start` says what is missing.
  if (!build()) process.stderr.write('TypeScript is not installed (npm ci without --omit=dev installs it): dist/ was not built.\n');
  process.exit(0);
}
if (stale && !build()) {
  if (!existsSync(join(dist, 'src', 'main.js'))) {
    process.stderr.write('No compiled bot in dist/ and no TypeScript to build it: run `npm ci` first.\n');
    process.exit(2);
  }
  process.stderr.write('The sources are newer than dist/, but TypeScript is not installed to rebuild it: running the existing build.\n');
}
await import(new URL('../dist/src/main.js', import.meta.url).href);
