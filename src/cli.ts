/**
 * JSON command line, for scripts and the evaluation:
 *   npm run --silent ask -- --json [--corpus DIR] "QUESTION"
 *   npm run --silent ask -- --json [--corpus DIR] --stdin     (one question per line)
 *   … --session ID   questions lean on the session's previous one ("and in 2018?"), across runs
 *   … --chart FILE   a trend's chart ("số văn bản đến qua các năm") written as a PNG
 * Stateless unless given --session (kept in the database, DATABASE_FILE).
 * Only answer objects go to stdout; logs go to stderr. Exit 0 when answered
 * (also "not found"), 2 on bad usage or configuration.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { loadConfigOrExit, type Config } from './config.ts';
import { BotDatabase } from './db/database.ts';
import { jsonOrNull } from './store/cache-files.ts';
import { Conversations } from './conversation.ts';
import { writeChartPng } from './render/chart.ts';
import type { Answer } from './model/answer.ts';
import { Engine } from './engine.ts';
import { setLogLevel } from './log.ts';
import { renderConsole } from './render/console.ts';

const USAGE = 'Usage: npm run --silent ask -- [--json] [--corpus DIR] [--session ID] [--chart FILE.png] [--stdin | "QUESTION"]';

const OPTIONS = {
  json: { type: 'boolean' },
  corpus: { type: 'string' },
  stdin: { type: 'boolean' },
  session: { type: 'string' },
  chart: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    args = parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.stdin && positionals.length === 0) {
    process.stderr.write(`Give a question, or --stdin to read one per line.\n${USAGE}\n`);
    return 2;
  }
  if (values.stdin && positionals.length > 0) {
    process.stderr.write(`Give either a question or --stdin, not both.\n${USAGE}\n`);
    return 2;
  }
  if (values.chart && values.stdin) {
    process.stderr.write(`--chart draws one question's chart: give the question, not --stdin.\n${USAGE}\n`);
    return 2;
  }
  if (values.session !== undefined && !/^[\w.:-]{1,100}$/.test(values.session)) {
    process.stderr.write(`--session: expected an id of letters, digits and . _ : - (at most 100), got ${JSON.stringify(values.session.slice(0, 40))}.\n`);
    return 2;
  }
  const config = await loadConfigOrExit();
  setLogLevel(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  let engine: Engine;
  try {
    engine = await Engine.open({ corpusDir: values.corpus ?? config.CORPUS_DIR, cacheDir: config.INDEX_CACHE_DIR });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const session = values.session ? openSession(config, values.session, config.FOLLOW_UP_MINUTES * 60_000) : null;
  const print = async (question: string) => {
    try {
      const answer = session ? session.answer(engine, question) : engine.ask(question);
      const picture = values.chart && answer.chart ? await writeChart(answer, values.chart) : undefined;
      // The JSON contract is { question, intent, lang, found, answer, citations } (and a trend's chart): the lines stay inside.
      const { lines: _lines, ...shown } = answer;
      const out = picture ? { ...shown, picture } : shown;
      process.stdout.write(values.json ? `${JSON.stringify(out)}\n` : `${renderConsole(answer, false)}${picture ? `\n\nChart: ${picture}` : ''}\n\n`);
    } catch (err) {
      // One bad answer is an error line, not the end of a batch.
      process.stderr.write(`Could not answer ${JSON.stringify(question.slice(0, 80))}: ${(err as Error).message}\n`);
      if (values.json) process.stdout.write(`${JSON.stringify({ question, error: (err as Error).message })}\n`);
    }
  };
  if (values.stdin) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) await print(line);
  } else {
    await print(positionals.join(' '));
  }
  session?.close();
  return 0;
}

/** A --session: the conversation's last turn, read from the database before each question and kept after it. */
function openSession(config: Config, id: string, windowMs: number) {
  const db = BotDatabase.open({ path: config.DATABASE_FILE, retentionDays: config.RETENTION_DAYS });
  const conversations = new Conversations(windowMs);
  const key = `cli:${id}`;
  return {
    answer(engine: Engine, question: string): Answer {
      const kept = db.sessionTurn(id);
      if (kept) conversations.restore(key, jsonOrNull(kept));
      const req = conversations.request(key, question);
      const answer = engine.answer(req) as Answer; // an 'ask' request always has an answer
      conversations.remember(key, req, answer);
      const turn = conversations.snapshot(key);
      if (turn) db.keepSessionTurn(id, JSON.stringify(turn));
      return answer;
    },
    close: () => db.close(),
  };
}

/** The chart as a PNG at `path`; the path written, or undefined when it could not be (said on stderr). */
async function writeChart(answer: Answer, path: string): Promise<string | undefined> {
  try {
    await writeChartPng(answer.chart!, answer.lang, path);
    return path;
  } catch (err) {
    process.stderr.write(`Could not write the chart to ${path}: ${(err as Error).message}\n`);
    return undefined;
  }
}

process.exitCode = await main();
