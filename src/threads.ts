/**
 * Starting another of our modules in a worker thread or a process. Two ways
 * the code runs: compiled (`npm start`: dist/…/*.js) and as TypeScript under
 * tsx (tests, `npm run dev`). A module names its sibling by its source name
 * (`./answer-worker.ts`); here that becomes the compiled file when this code
 * is compiled. Under tsx the loader hooks are per thread, so a worker
 * registers tsx before importing its module.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Running compiled JavaScript (dist/), not TypeScript under tsx. */
export const COMPILED = import.meta.url.endsWith('.js');

/** The file to run for a sibling module named by its source name. */
export function runnable(entry: URL): URL {
  return COMPILED && entry.pathname.endsWith('.ts') ? new URL(entry.href.replace(/\.ts$/, '.js')) : entry;
}

/** Node options a child process needs to run `runnable(entry)`: tsx's loader, unless compiled. */
export const CHILD_EXEC_ARGV: string[] = COMPILED ? [] : ['--import', 'tsx'];

export function startWorker(entry: URL, options: Omit<WorkerOptions, 'eval'>): Worker {
  const file = runnable(entry);
  if (!file.pathname.endsWith('.ts')) return new Worker(file, options);
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
