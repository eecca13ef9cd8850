/** Settings from the environment and .env, validated; a bad value stops the program with a plain message. */
import { z } from 'zod';

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
  INDEX_CACHE_DIR: z.string().trim().min(1, 'a folder path').default('.cache'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent'], { message: 'one of debug, info, warn, error, silent' }).default('info'),
  FEEDBACK_FILE: z.string().trim().min(1).default('feedback.jsonl'),
  // What answers' buttons need (to page sources, to record a vote), kept so they work after a restart.
  ANSWER_STATE_FILE: z.string().trim().min(1).default('answers.jsonl'),
  // One huge file would slow every answer; real reports are a few KB.
  MAX_REPORT_MB: z.coerce.number({ message: 'a size in megabytes, e.g. 5' }).positive('a size in megabytes, e.g. 5').max(1024).default(5),
  // discord.js also sets SHARDS (to the shard ids) inside the shard processes it spawns.
  SHARDS: optionalText.refine((v) => v === undefined || v === 'auto' || /^\d{1,4}(,\d{1,4})*$/.test(v), 'a number of shards (1–9999) or "auto"'),
});

export type Config = z.infer<typeof Schema>;

export class ConfigError extends Error {}

/** Parse settings; throws ConfigError naming every bad variable and what it expects. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = Schema.safeParse(cleaned);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${String(i.path[0])}: expected ${i.message}`);
  throw new ConfigError(`Bad configuration:\n${lines.join('\n')}\nFix these in the environment or in .env (see .env.example).`);
}

/** Load .env (if any) and parse; on error print the message and exit with code 2. */
export async function loadConfigOrExit(): Promise<Config> {
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true } as Parameters<typeof dotenv.config>[0]);
  try {
    return parseConfig(process.env);
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
