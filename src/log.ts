/**
 * Logging for the operator, through pino, always to stderr (stdout stays
 * clean for the JSON CLI). On a terminal the lines are for reading (date,
 * level, words); otherwise (a service, a file, a pipe) they are JSON lines a
 * log system can filter: `{"level":"warn","time":"…","msg":"…"}`. LOG_FORMAT
 * (pretty|json) overrides the choice.
 *
 * - Every error line carries an error id (`errorId`), also told to the user
 *   who met the error, so the two can be matched.
 * - No token is ever written: the configured one and anything shaped like a
 *   Discord token are replaced before a line is formatted.
 * - Writes are synchronous: a line logged just before `process.exit` (a fatal
 *   gateway close, a failed start) is not lost.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { isatty } from 'node:tty';
import pino from 'pino';

export type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'pretty' | 'json';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let threshold: Level = (process.env.LOG_LEVEL as Level) in ORDER ? (process.env.LOG_LEVEL as Level) : 'info';
let format: LogFormat = process.env.LOG_FORMAT === 'json' || process.env.LOG_FORMAT === 'pretty' ? process.env.LOG_FORMAT : isatty(2) ? 'pretty' : 'json';
let logger: pino.Logger | null = null;

export function setLogLevel(level: Level): void {
  threshold = level;
}

export function getLogLevel(): Level {
  return threshold;
}

/** pretty or json; a worker thread is given its parent's (its own stderr is never a terminal). */
export function setLogFormat(f: LogFormat): void {
  if (f !== format) logger = null;
  format = f;
}

export function getLogFormat(): LogFormat {
  return format;
}

const secrets = new Set<string>();
/** Discord bot tokens: three base64url parts, the first an encoded user id. */
const TOKEN_SHAPE = /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g;

/** Never write this (DISCORD_TOKEN): it is replaced by "[token]" wherever it appears. */
export function redactSecret(secret: string | undefined): void {
  if (secret && secret.length >= 8) secrets.add(secret);
}

function scrub(text: string): string {
  let out = text.replace(TOKEN_SHAPE, '[token]');
  for (const s of secrets) out = out.split(s).join('[token]');
  return out;
}

function make(): pino.Logger {
  if (format === 'json') {
    return pino(
      { level: 'debug', base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
      pino.destination({ fd: 2, sync: true }),
    );
  }
  // Loaded only on a terminal: a service never needs it.
  const pretty = createRequire(import.meta.url)('pino-pretty') as (opts: Record<string, unknown>) => pino.DestinationStream;
  return pino(
    { level: 'debug', base: null },
    pretty({
      destination: 2,
      sync: true,
      colorize: isatty(2),
      translateTime: 'SYS:yyyy-mm-dd HH:MM:ss',
      ignore: 'pid,hostname,errorId',
      messageFormat: '{if errorId}[{errorId}] {end}{msg}',
      singleLine: true,
    }),
  );
}

export interface LogLine {
  level: Exclude<Level, 'silent'>;
  msg: string;
  fields: Record<string, unknown>;
}
const listeners = new Set<(line: LogLine) => void>();

/** Hear every line, whatever the level (tests count warnings with it); returns the way to stop. */
export function onLog(listener: (line: LogLine) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function write(level: Exclude<Level, 'silent'>, msg: string, fields: Record<string, unknown> = {}): void {
  const line = { level, msg: scrub(msg), fields };
  for (const l of listeners) l(line);
  if (ORDER[level] < ORDER[threshold]) return;
  logger ??= make();
  logger[level](fields, line.msg);
}

export const log = {
  debug: (m: string, fields?: Record<string, unknown>) => write('debug', m, fields),
  info: (m: string, fields?: Record<string, unknown>) => write('info', m, fields),
  warn: (m: string, fields?: Record<string, unknown>) => write('warn', m, fields),
  /** Log an error under an id (given, or made here) and return the id, to tell whoever met it. */
  error: (m: string, fields: Record<string, unknown> & { errorId?: string } = {}): string => {
    const errorId = fields.errorId ?? randomBytes(4).toString('hex');
    write('error', m, { ...fields, errorId });
    return errorId;
  },
};
