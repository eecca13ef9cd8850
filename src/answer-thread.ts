/**
 * Answers off the main thread. The Discord front end must acknowledge every
 * interaction within 3 s; an answer computed on the main thread (a 5 MB
 * report's summary, a broad question over 10,000 reports) holds up every
 * acknowledgement behind it. Here one worker thread holds the corpus the main
 * thread cached and answers one request at a time; the main thread only
 * passes messages.
 *
 * - Until the worker has loaded, requests wait for it (they are acknowledged
 *   already). When it cannot load (no valid cache: a cache folder that cannot
 *   be written), answers are made on the main thread from the current corpus,
 *   with one warning: slower under load, never wrong.
 * - An answer that takes longer than LIMITS.answerTimeoutMs is given up (its
 *   user is told) and the worker is replaced, so one pathological question
 *   cannot stall everyone's answers.
 * - A reload (a changed corpus) loads the new cache in the worker while the
 *   old corpus keeps answering.
 */
import type { Worker } from 'node:worker_threads';
import type { Engine } from './engine.ts';
import { renderChartPng } from './render/chart.ts';
import type { EngineOptions } from './store/load.ts';
import type { Answer } from './model/answer.ts';
import type { AnswerRequest } from './model/request.ts';
import { LIMITS } from './limits.ts';
import { getLogFormat, getLogLevel, log } from './log.ts';
import { startWorker } from './threads.ts';

/** What answers a front end's requests: the engine itself (console, CLI) or the answer thread (Discord). */
export interface Answers {
  answer(req: AnswerRequest): Promise<Answer | null>;
}

/** The engine on this thread: for one user at a time (console, CLI, tests). */
export function answersHere(engine: Engine): Answers {
  return { answer: async (req) => withPicture(engine.answer(req)) };
}

/** An answer with a chart gets its picture; one that cannot be drawn keeps its quoted values, which say the same. */
export async function withPicture(answer: Answer | null): Promise<Answer | null> {
  if (!answer?.chart) return answer;
  try {
    return { ...answer, picture: await renderChartPng(answer.chart, answer.lang) };
  } catch (err) {
    log.warn(`Could not draw the chart for "${answer.question.slice(0, 80)}" (${(err as Error).message}); answering with the values only.`);
    return answer;
  }
}

export type ToWorker = { type: 'load'; generation: number } | { type: 'answer'; id: number; req: AnswerRequest };
export type FromWorker =
  | { type: 'ready'; generation: number; reports: number }
  | { type: 'unavailable'; generation: number; reason: string }
  | { type: 'answer'; id: number; answer: Answer | null }
  | { type: 'failed'; id: number; message: string };

/** An answer given up after its time budget: the user is told, the worker replaced. */
export class AnswerTimeout extends Error {}

interface Job {
  req: AnswerRequest;
  resolve: (a: Answer | null) => void;
  reject: (e: Error) => void;
  id?: number;
  timer?: NodeJS.Timeout;
}

type State = 'starting' | 'ready' | 'unavailable' | 'stopped';

/** Worker failures in a row (crashes, not timeouts) after which answers are made here instead. */
const MAX_RESTARTS = 3;

export class AnswerThread implements Answers {
  private worker: Worker | null = null;
  private state: State = 'starting';
  private queue: Job[] = [];
  private current: Job | null = null;
  private seq = 0;
  private generation = 0;
  private restarts = 0;
  /** the newest load that has been answered (ready or unavailable); loaded() waits until it is `generation` */
  private settledGeneration = -1;
  private waiting: (() => void)[] = [];

  /** `engine` answers on this thread when the worker cannot; it is the same corpus the worker loads. */
  constructor(
    private engine: Engine,
    private opts: EngineOptions,
    /** an answer's time budget (tests shorten it) */
    public timeoutMs: number = LIMITS.answerTimeoutMs,
  ) {}

  /** Start the worker; requests made before it is ready wait for it. */
  start(): this {
    this.spawn();
    return this;
  }

  private spawn(): void {
    this.state = 'starting';
    this.settledGeneration = -1; // a worker being started has loaded nothing yet
    const { onProgress: _progress, ...opts } = this.opts; // a function does not cross threads; the worker never builds
    const worker = startWorker(new URL('./answer-worker.ts', import.meta.url), { workerData: { opts, logLevel: getLogLevel(), logFormat: getLogFormat() } });
    worker.unref(); // the process lives for its Discord connection, not for this thread
    worker.on('message', (m: FromWorker) => this.onMessage(worker, m));
    worker.on('error', (err) => log.error(`The answer thread failed: ${err.stack ?? err.message}`));
    worker.on('exit', (code) => this.onExit(worker, code));
    this.worker = worker;
    worker.postMessage({ type: 'load', generation: this.generation } satisfies ToWorker);
  }

  /** The corpus changed (and is cached): the worker loads it while its old one keeps answering. */
  reload(): void {
    this.generation++;
    if (this.state === 'ready' || this.state === 'starting') this.worker?.postMessage({ type: 'load', generation: this.generation } satisfies ToWorker);
    else if (this.state === 'unavailable') this.spawn(); // the cache may be usable now
  }

  answer(req: AnswerRequest): Promise<Answer | null> {
    if (this.state === 'unavailable' || this.state === 'stopped') return Promise.resolve().then(() => withPicture(this.engine.answer(req)));
    return new Promise((resolve, reject) => {
      this.queue.push({ req, resolve, reject });
      this.pump();
    });
  }

  /** Resolves once the latest load has settled: the worker answers from it, or answers are made here. */
  loaded(): Promise<void> {
    if (this.state === 'stopped' || this.settledGeneration === this.generation) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The latest load has been answered, one way or the other. */
  private settle(): void {
    this.settledGeneration = this.generation;
    for (const f of this.waiting.splice(0)) f();
  }

  /** Requests waiting or under way (for the bench and tests). */
  get pending(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  /** End the worker; waiting requests are answered here. */
  async stop(): Promise<void> {
    this.state = 'stopped';
    const w = this.worker;
    this.worker = null;
    this.drainHere();
    this.settle();
    await w?.terminate();
  }

  /** One request at a time, so that the time budget runs for the one being answered, not for those waiting behind it. */
  private pump(): void {
    if (this.state !== 'ready' || this.current || !this.worker) return;
    const job = this.queue.shift();
    if (!job) return;
    job.id = ++this.seq;
    job.timer = setTimeout(() => this.timedOut(job), this.timeoutMs);
    this.current = job;
    this.worker.postMessage({ type: 'answer', id: job.id, req: job.req } satisfies ToWorker);
  }

  private onMessage(worker: Worker, m: FromWorker): void {
    if (worker !== this.worker) return; // a replaced worker's last words
    if (m.type === 'ready') {
      if (m.generation !== this.generation) return;
      if (this.state !== 'ready') log.info(`Answers are made in a worker thread (${m.reports} reports loaded).`);
      this.state = 'ready';
      this.settle();
      this.pump();
      return;
    }
    if (m.type === 'unavailable') {
      if (m.generation !== this.generation) return;
      log.warn(`The answer thread could not load the index cache (${m.reason}); answering on the main thread, which is slower when many ask at once.`);
      this.becomeUnavailable();
      return;
    }
    const job = this.current;
    if (!job || job.id !== m.id) return;
    clearTimeout(job.timer);
    this.current = null;
    this.restarts = 0;
    if (m.type === 'answer') job.resolve(m.answer);
    else job.reject(new Error(`answering in the worker thread failed: ${m.message}`));
    this.pump();
  }

  private timedOut(job: Job): void {
    if (this.current !== job) return;
    this.current = null;
    job.reject(new AnswerTimeout(`the answer took longer than ${Math.round(this.timeoutMs / 1000)} s and was given up`));
    log.warn(`An answer took longer than ${this.timeoutMs} ms (${describe(job.req)}); replacing the answer thread.`);
    this.replaceWorker();
  }

  private onExit(worker: Worker, code: number): void {
    if (worker !== this.worker || this.state === 'stopped') return;
    const job = this.current;
    this.current = null;
    if (job) {
      clearTimeout(job.timer);
      job.reject(new Error(`the answer thread stopped (exit code ${code}) while answering`));
    }
    if (++this.restarts > MAX_RESTARTS) {
      log.error(`The answer thread stopped ${this.restarts} times in a row; answering on the main thread from now on.`);
      this.becomeUnavailable();
      return;
    }
    log.warn(`The answer thread stopped (exit code ${code}); starting a new one.`);
    this.spawn();
  }

  private replaceWorker(): void {
    const old = this.worker;
    this.worker = null;
    void old?.terminate();
    this.spawn();
  }

  private becomeUnavailable(): void {
    this.state = 'unavailable';
    const old = this.worker;
    this.worker = null;
    void old?.terminate();
    this.drainHere();
    this.settle();
  }

  /** Answer what waits on this thread, one at a time between other events. */
  private drainHere(): void {
    const jobs = this.queue.splice(0);
    for (const job of jobs) {
      setImmediate(() => {
        try {
          job.resolve(this.engine.answer(job.req));
        } catch (err) {
          job.reject(err as Error);
        }
      });
    }
  }
}

/** A request in a log line: its kind and what it asked. */
function describe(req: AnswerRequest): string {
  return `${req.kind}: ${askedText(req).slice(0, 80)}`;
}

function askedText(req: AnswerRequest): string {
  switch (req.kind) {
    case 'ask':
      return req.question;
    case 'search':
      return req.query;
    case 'report':
      return req.doc;
    case 'trend':
      return req.what;
    case 'stated':
      return req.what ?? req.intent;
  }
}
