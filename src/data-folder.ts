/**
 * The data folder (DATA_DIR): everything the bot writes lives in it, so it
 * is the one thing to back up and the one thing git ignores. Versions before
 * it kept votes and answer states in the working folder: those files are
 * moved in once, at start, when their setting was left at its default.
 */
import { access, mkdir, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config } from './config.ts';
import { log } from './log.ts';

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** Make the data folder and move older files into it; never throws (a problem is logged, and the bot still serves). */
export async function prepareDataFolder(config: Config, oldHome = '.'): Promise<void> {
  try {
    await mkdir(config.DATA_DIR, { recursive: true });
  } catch (err) {
    log.warn(
      `Could not make the data folder ${config.DATA_DIR} (${(err as Error).message}); votes and caches may not be kept. Set DATA_DIR to a writable folder.`,
    );
    return;
  }
  const moves: [string, string][] = [];
  if (config.FEEDBACK_FILE === join(config.DATA_DIR, 'feedback.jsonl')) {
    moves.push([join(oldHome, 'feedback.jsonl'), config.FEEDBACK_FILE]);
    moves.push([join(oldHome, '.feedback-salt'), join(dirname(config.FEEDBACK_FILE), '.feedback-salt')]);
  }
  if (config.ANSWER_STATE_FILE === join(config.DATA_DIR, 'answers.jsonl')) moves.push([join(oldHome, 'answers.jsonl'), config.ANSWER_STATE_FILE]);
  for (const [from, to] of moves) {
    if (!(await exists(from)) || (await exists(to))) continue;
    try {
      await rename(from, to);
      log.info(`Moved ${from} into the data folder: ${to}.`);
    } catch (err) {
      log.warn(`Could not move ${from} to ${to} (${(err as Error).message}); move it by hand, or set its path in .env.`);
    }
  }
  if (await exists(join(oldHome, '.cache')))
    log.info(`The old cache folder ${join(oldHome, '.cache')} is no longer used (caches live in ${config.INDEX_CACHE_DIR}); it can be deleted.`);
}
