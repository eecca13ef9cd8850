/**
 * JSON command line, for scripts and the evaluation:
 *   npm run --silent ask -- --json [--corpus DIR] "QUESTION"
 *   npm run --silent ask -- --json [--corpus DIR] --stdin     (one question per line)
 * Only answer objects go to stdout; logs go to stderr. Exit 0 when answered
 * (also "not found"), 2 on bad usage or configuration.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { loadConfigOrExit } from './config.ts';
import { Engine } from './engine.ts';
import { setLogLevel } from './log.ts';
import { renderConsole } from './render/console.ts';

const USAGE = 'Usage: npm run --silent ask -- [--json] [--corpus DIR] [--stdin | "QUESTION"]';

const OPTIONS = { json: { type: 'boolean' }, corpus: { type: 'string' }, stdin: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

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
  const config = await loadConfigOrExit();
  setLogLevel(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  let engine: Engine;
  try {
    engine = await Engine.open({ corpusDir: values.corpus ?? config.CORPUS_DIR, cacheDir: config.INDEX_CACHE_DIR });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const print = (question: string) => {
    try {
      const answer = engine.ask(question);
      // The JSON contract is { question, intent, lang, found, answer, citations }: the lines stay inside.
      const { lines: _lines, ...shown } = answer;
      process.stdout.write(values.json ? `${JSON.stringify(shown)}\n` : `${renderConsole(answer, false)}\n\n`);
    } catch (err) {
      // One bad answer is an error line, not the end of a batch.
      process.stderr.write(`Could not answer ${JSON.stringify(question.slice(0, 80))}: ${(err as Error).message}\n`);
      if (values.json) process.stdout.write(`${JSON.stringify({ question, error: (err as Error).message })}\n`);
    }
  };
  if (values.stdin) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) print(line);
  } else {
    print(positionals.join(' '));
  }
  return 0;
}

process.exitCode = await main();
