/**
 * Report ids as Discord can carry them: an autocomplete value holds at most
 * 100 characters, and a title used as a file name passes that easily. A long
 * id travels as a short key (a hash of the id, so it is stable across
 * restarts and reindexing) and is mapped back when the command runs.
 */
import { createHash } from 'node:crypto';
import type { Engine } from '../engine.ts';
import type { Report } from '../model/report.ts';
import { DISCORD } from './limits.ts';

/** Report ids do not start with this (a file name never holds ':' on Windows, and ours never start with it). */
const PREFIX = ':r:';

const keyOf = (id: string) => `${PREFIX}${createHash('sha256').update(id).digest('base64url').slice(0, 22)}`;

/** The value an autocomplete choice carries for a report: its id when it fits, else its key. */
export function reportChoiceValue(id: string): string {
  return id.length <= DISCORD.choiceValue && !id.startsWith(PREFIX) ? id : keyOf(id);
}

const BY_KEY = new WeakMap<Report[], Map<string, string>>();

/** The report id a command was given: an id typed or picked, or a key standing for a long one. Unknown values come back as they are. */
export function reportIdOf(engine: Engine, value: string): string {
  if (!value.startsWith(PREFIX)) return value;
  const reports = engine.corpus.reports;
  let keys = BY_KEY.get(reports);
  if (!keys) BY_KEY.set(reports, (keys = new Map(reports.map((r) => [keyOf(r.id), r.id]))));
  return keys.get(value) ?? value;
}
