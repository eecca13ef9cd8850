/** Settings from the environment and .env, validated; a bad value stops the program with a plain message. */
import { join } from 'node:path';
import { z } from 'zod';
import { redactSecret, setLogFormat, setLogLevel } from './log.ts';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const Schema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: optionalText.refine((v) => v === undefined || /^\d{17,20}$/.test(v), 'a Discord application id: 17 to 20 digits'),
  DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{17,20}$/.test(v), 'a Discord server id: 17 to 20 digits'),
  DISCORD_API_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'an http(s) URL, e.g. http://127.0.0.1:8080/api'),
  CORPUS_DIR: z.string().trim().min(1, 'a folder path').default('corpus'),
  // Everything the bot writes lives here (git-ignored): the caches, the votes, the answers' button states. Back this folder up.
  DATA_DIR: z.string().trim().min(1, 'a folder path').default('data'),
  // Each may be put elsewhere; by default it is inside DATA_DIR.
  INDEX_CACHE_DIR: optionalText,
  // The database (SQLite): questions asked, votes, per-server settings. FEEDBACK_FILE is the older votes file, moved into it once.
  DATABASE_FILE: optionalText,
  FEEDBACK_FILE: optionalText,
  // What answers' buttons need (to page sources, to record a vote), kept so they work after a restart.
  ANSWER_STATE_FILE: optionalText,
  // Questions, votes and answer states older than this are deleted (at start and once a day).
  RETENTION_DAYS: z.coerce.number({ message: 'a number of days, e.g. 90' }).int('a whole number of days').min(1, 'at least 1 day').max(3650).default(90),
  // A follow-up ("and in 2018?", "who chaired it?") leans on the previous question of its thread, DM or channel-and-member this long; 0 turns follow-ups off.
  FOLLOW_UP_MINUTES: z.coerce.number({ message: 'a number of minutes, e.g. 10' }).min(0, 'minutes, 0 or more').max(1440).default(10),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent'], { message: 'one of debug, info, warn, error, silent' }).default('info'),
  // pretty on a terminal, JSON lines otherwise (a service, a file); set to force one.
  LOG_FORMAT: z.enum(['pretty', 'json'], { message: 'pretty or json' }).optional(),
  // One huge file would slow every answer; real reports are a few KB.
  MAX_REPORT_MB: z.coerce.number({ message: 'a size in megabytes, e.g. 5' }).positive('a size in megabytes, e.g. 5').max(1024).default(5),
  // discord.js also sets SHARDS (to the shard ids) inside the shard processes it spawns.
  SHARDS: optionalText.refine((v) => v === undefined || v === 'auto' || /^\d{1,4}(,\d{1,4})*$/.test(v), 'a number of shards (1–9999) or "auto"'),
});

/** The settings with every path resolved: the files not set apart live in DATA_DIR. */
const Resolved = Schema.transform((c) => ({
  ...c,
  INDEX_CACHE_DIR: c.INDEX_CACHE_DIR ?? join(c.DATA_DIR, 'cache'),
  DATABASE_FILE: c.DATABASE_FILE ?? join(c.DATA_DIR, 'bot.db'),
  FEEDBACK_FILE: c.FEEDBACK_FILE ?? join(c.DATA_DIR, 'feedback.jsonl'),
  ANSWER_STATE_FILE: c.ANSWER_STATE_FILE ?? join(c.DATA_DIR, 'answers.jsonl'),
}));

export type Config = z.infer<typeof Resolved>;

export class ConfigError extends Error {}

/** Parse settings; throws ConfigError naming every bad variable and what it expects. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = Resolved.safeParse(cleaned);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${String(i.path[0])}: expected ${i.message}`);
  throw new ConfigError(`Bad configuration:\n${lines.join('\n')}\nFix these in the environment or in .env (see .env.example).`);
}

/** Load .env (if any) and parse; on error print the message and exit with code 2. */
export async function loadConfigOrExit(): Promise<Config> {
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true } as Parameters<typeof dotenv.config>[0]);
  try {
    const config = parseConfig(process.env);
    // Configure logging here, once, for every entry point: the level, the format, and the token never written.
    setLogLevel(config.LOG_LEVEL);
    if (config.LOG_FORMAT) setLogFormat(config.LOG_FORMAT);
    redactSecret(config.DISCORD_TOKEN);
    return config;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

/** MAX_REPORT_MB in bytes. */
export const megabytes = (mb: number): number => Math.round(mb * 1024 * 1024);

/** Where the corpus and its caches are, and the report size limit: what every opening of the corpus is given (EngineOptions). */
export function corpusSettings(config: Config): { corpusDir: string; cacheDir: string; maxReportBytes: number } {
  return { corpusDir: config.CORPUS_DIR, cacheDir: config.INDEX_CACHE_DIR, maxReportBytes: megabytes(config.MAX_REPORT_MB) };
}
