/** Plain-words logging to stderr, so stdout stays clean for the JSON CLI. */

export type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let threshold: Level = (process.env.LOG_LEVEL as Level) in ORDER ? (process.env.LOG_LEVEL as Level) : 'info';

export function setLogLevel(level: Level): void {
  threshold = level;
}

export function getLogLevel(): Level {
  return threshold;
}

function write(level: Level, msg: string): void {
  if (ORDER[level] < ORDER[threshold]) return;
  // The date too: an operator reads logs from days ago (journalctl adds its own, a plain file does not).
  const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ');
  process.stderr.write(`${stamp} ${level.toUpperCase().padEnd(5)} ${msg}\n`);
}

export const log = {
  debug: (m: string) => write('debug', m),
  info: (m: string) => write('info', m),
  warn: (m: string) => write('warn', m),
  error: (m: string) => write('error', m),
};
