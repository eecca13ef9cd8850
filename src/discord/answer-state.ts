/**
 * What a button needs to act on an answer, kept by the bot and found by the
 * short key in the button's custom id: how to make the answer again (for
 * paging its sources), who it is addressed to, and what it was (for a vote).
 * Nothing is read back out of the rendered message.
 *
 * Kept as JSON lines in a file, so buttons keep working after a restart and
 * across shards (a key this process has not seen is looked up on disk). A
 * damaged line is skipped; a failed write is logged and the button still
 * works until the process ends.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { log } from '../log.ts';
import { BOT } from './limits.ts';
import { FIGURE_CATEGORIES } from '../model/facts.ts';
import { rewriteLines, withinRetention } from './jsonl-file.ts';
import { jsonOrNull } from '../store/cache-files.ts';
import type { AnswerRequest as EngineRequest } from '../model/request.ts';

const Figure = z.enum(FIGURE_CATEGORIES);

/** How the answer is made: the request the user sent, never its rendered text. */
export const AnswerRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ask'),
    question: z.string(),
    lang: z.enum(['en', 'vi']).optional(),
    doc: z.string().optional(),
    assumed: z.string().optional(),
  }),
  z.object({ kind: z.literal('search'), query: z.string(), limit: z.number().int().positive().optional(), lang: z.enum(['en', 'vi']).optional() }),
  z.object({
    kind: z.literal('stated'),
    intent: z.enum(['attendees', 'figure', 'count-reports']),
    what: z.string().optional(),
    categories: z.array(Figure).optional(),
    doc: z.string().optional(),
    lang: z.enum(['en', 'vi']).optional(),
  }),
  z.object({ kind: z.literal('report'), doc: z.string(), lang: z.enum(['en', 'vi']) }),
  z.object({
    kind: z.literal('trend'),
    what: z.string(),
    office: z.string().optional(),
    from: z.number().int().optional(),
    to: z.number().int().optional(),
    lang: z.enum(['en', 'vi']).optional(),
  }),
]);
export type AnswerRequest = z.infer<typeof AnswerRequest>;
// The schema reads back exactly what the engine takes (src/model/request.ts): checked when compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<AnswerRequest, EngineRequest>;

const State = z.object({
  key: z.string().regex(/^[\w-]{6,16}$/),
  at: z.string(),
  request: AnswerRequest,
  /** the user the answer is addressed to (the only one it may ping) */
  forUser: z.string().optional(),
  /** asked privately (an ephemeral answer): a vote on it does not record the question */
  private: z.boolean().optional(),
  /** the question as shown, its intent and the reports it cites: what a vote records */
  question: z.string(),
  intent: z.string(),
  reports: z.array(z.string()),
});
export type AnswerState = z.infer<typeof State>;

export class AnswerStates {
  private byKey = new Map<string, AnswerState>();
  private loaded: Promise<void>;
  /** the file ends in a half-written line (a crash mid-write): start the next record on a line of its own */
  private needsNewline = false;

  /** `keep`: how many answers stay usable (the newest); older lines go when the file is next read */
  /** `retentionDays`: older answers go too (their buttons then ask to ask again) */
  constructor(
    private path: string,
    private keep: number = BOT.answerStatesKept,
    private retentionDays = 90,
  ) {
    this.loaded = this.load();
  }

  private async load(): Promise<void> {
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        log.warn(`Could not read ${this.path} (${(err as Error).message}); older answers' buttons will ask users to ask again.`);
      return;
    }
    this.needsNewline = text.length > 0 && !text.endsWith('\n');
    let damaged = 0;
    let expired = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const r = State.safeParse(jsonOrNull(line));
      if (!r.success) damaged++;
      else if (!withinRetention(r.data.at, this.retentionDays)) {
        expired++;
        this.byKey.delete(r.data.key);
      } else this.byKey.set(r.data.key, r.data);
    }
    if (damaged) log.warn(`${this.path}: skipped ${damaged} damaged line(s); the buttons of those answers will ask users to ask again.`);
    if (this.byKey.size > this.keep || expired) await this.compact();
  }

  /** Drop answers past the retention now (the bot calls this daily). */
  async prune(): Promise<void> {
    await this.loaded;
    const before = this.byKey.size;
    for (const [k, s] of this.byKey) if (!withinRetention(s.at, this.retentionDays)) this.byKey.delete(k);
    if (this.byKey.size < before) await this.compact();
  }

  /** Keep the newest answers only: rewritten beside the file, then renamed over it, so a crash loses nothing. */
  private async compact(): Promise<void> {
    const keep = [...this.byKey.values()].slice(-this.keep);
    this.byKey = new Map(keep.map((s) => [s.key, s]));
    try {
      await rewriteLines(this.path, keep);
      this.needsNewline = false;
    } catch (err) {
      log.warn(`Could not compact ${this.path}: ${(err as Error).message}`);
    }
  }

  /** Keep an answer's state; returns the key its buttons carry. */
  async remember(state: Omit<AnswerState, 'key' | 'at'>): Promise<string> {
    await this.loaded;
    const full: AnswerState = { ...state, key: randomBytes(6).toString('base64url'), at: new Date().toISOString() };
    this.byKey.set(full.key, full);
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, `${this.needsNewline ? '\n' : ''}${JSON.stringify(full)}\n`);
      this.needsNewline = false;
    } catch (err) {
      log.warn(`Could not write ${this.path} (${(err as Error).message}); this answer's buttons work until the bot restarts.`);
    }
    return full.key;
  }

  /** The state behind a button's key, or null when it is unknown (a very old answer, or a lost file). */
  async get(key: string): Promise<AnswerState | null> {
    await this.loaded;
    if (!this.byKey.has(key)) {
      // Another shard may have answered it: read the file again before giving up.
      this.loaded = this.load();
      await this.loaded;
    }
    return this.byKey.get(key) ?? null;
  }
}
