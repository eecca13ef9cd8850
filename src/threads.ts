/**
 * Starting a worker thread on one of our modules. Under tsx (development,
 * tests) the module is TypeScript and the loader hooks are per thread, so the
 * worker registers tsx before importing it; a compiled `.js` entry runs as is.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(entry: URL, options: Omit<WorkerOptions, 'eval'>): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
