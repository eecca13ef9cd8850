/**
 * The local console: a prompt that answers questions over the corpus with
 * their sources. Accepts the slash commands too (/who-attended, /how-many,
 * /trend, /search, /reports, /help). A trend's chart is written as a PNG
 * into the data folder, and its path printed.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Engine } from './engine.ts';
import type { Answer } from './model/answer.ts';
import type { AnswerRequest } from './model/request.ts';
import { Conversations } from './conversation.ts';
import { writeChartPng } from './render/chart.ts';
import { renderConsole } from './render/console.ts';

const SESSION = 'console';

/** Draw a trend's chart into `dir`; the line that says where (or why not). */
async function saveChart(answer: Answer, dir: string): Promise<string> {
  try {
    const path = join(dir, `trend-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
    await writeChartPng(answer.chart!, answer.lang, path);
    return `Chart: ${path}`;
  } catch (err) {
    return `(The chart could not be drawn: ${(err as Error).message}; the values above are the same.)`;
  }
}

/** Map a console slash command onto a question the engine understands. */
export function consoleCommandToQuestion(line: string): string | null {
  const m = /^\/([\w-]+)\s*(.*)$/u.exec(line.trim());
  if (!m) return line;
  const [, cmd, rest] = m;
  switch (cmd) {
    case 'who-attended':
      return `who attended ${rest}`.trim();
    case 'how-many':
      return `how many ${rest || 'documents'}`;
    case 'search':
      return rest;
    case 'reports':
      return 'list the reports';
    case 'help':
      return 'help';
    case 'quit':
    case 'exit':
      return null;
    default:
      return `/${cmd} ${rest}`;
  }
}

export async function runConsole(
  engine: Engine,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  /** colours: on a terminal unless NO_COLOR is set */
  color = Boolean((output as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR,
  /** follow-ups ("and in 2018?") lean on the previous question for this long */
  followUpMs = 10 * 60_000,
  /** where trend charts are written (none: not drawn) */
  chartDir?: string,
): Promise<void> {
  // One conversation: the session. A follow-up is read with the question before it.
  const conversation = new Conversations(followUpMs);
  const rl = createInterface({ input, output, terminal: Boolean((input as NodeJS.ReadStream).isTTY) });
  output.write(`Ask about ${engine.corpus.reports.length} reports (English or Vietnamese). Type /help for examples, /quit to leave.\n`);
  rl.setPrompt('\n? ');
  rl.prompt();
  // Iterating the lines (rather than rl.question) keeps piped input that arrives all at once.
  for await (const line of rl) {
    if (line.trim() !== '') {
      const question = consoleCommandToQuestion(line);
      if (question === null) break;
      try {
        const trend = /^\/trend\s+(.+)$/u.exec(question.trim());
        const req: AnswerRequest = trend ? { kind: 'trend', what: trend[1]! } : conversation.request(SESSION, question);
        const answer = engine.answer(req);
        if (answer) {
          if (req.kind === 'ask') conversation.remember(SESSION, req, answer);
          output.write(`${renderConsole(answer, color)}\n`);
          if (answer.chart && chartDir) output.write(`\n${await saveChart(answer, chartDir)}\n`);
        }
      } catch (err) {
        output.write(`Sorry, that question could not be answered (${(err as Error).message}).\n`);
      }
    }
    rl.prompt();
  }
  rl.close();
}
