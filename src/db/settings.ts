/**
 * Per-server settings, set with /settings and applied at once: each read goes
 * to the database (a key lookup), so every shard sees a change as soon as it
 * is written. A stored value this version cannot read falls back to the
 * defaults for that field, never stops an answer.
 */
import { z } from 'zod';
import type { Sqlite } from './open.ts';

export const ServerSettingsSchema = z.object({
  /** where mentions are answered: `only` null = every channel; `never` = channels left out */
  mentions: z.object({ only: z.array(z.string()).nullable(), never: z.array(z.string()) }).catch({ only: null, never: [] }),
  /** answers to slash commands are private unless the member says otherwise */
  privateByDefault: z.boolean().catch(false),
  /** the language answers are given in; auto = the member's locale or the question's language */
  language: z.enum(['auto', 'en', 'vi']).catch('auto'),
  /** /ask opens a thread for its answer unless the member says otherwise */
  threadByDefault: z.boolean().catch(false),
  /** how long a follow-up leans on the question before it; null = the bot's FOLLOW_UP_MINUTES */
  followUpMinutes: z.number().int().min(0).max(1440).nullable().catch(null),
});

export type ServerSettings = z.infer<typeof ServerSettingsSchema>;

export const DEFAULT_SETTINGS: ServerSettings = ServerSettingsSchema.parse({});

/** Does a server answer mentions in this channel (or thread, whose parent counts too)? */
export function answersMentionsIn(s: ServerSettings, channelId: string, parentId?: string | null): boolean {
  const ids = [channelId, ...(parentId ? [parentId] : [])];
  if (ids.some((id) => s.mentions.never.includes(id))) return false;
  return s.mentions.only === null || ids.some((id) => s.mentions.only?.includes(id));
}

export class ServerSettingsStore {
  constructor(private db: Sqlite) {}

  get(guild: string | null | undefined): ServerSettings {
    if (!guild) return DEFAULT_SETTINGS;
    const row = this.db.prepare('SELECT settings FROM server_settings WHERE guild = ?').all(guild)[0] as { settings: string } | undefined;
    if (!row) return DEFAULT_SETTINGS;
    try {
      return ServerSettingsSchema.parse(JSON.parse(row.settings));
    } catch {
      return DEFAULT_SETTINGS;
    }
  }

  /** Change some settings of a server; resolves to them all, as now stored. */
  async update(guild: string, change: (s: ServerSettings) => ServerSettings): Promise<ServerSettings> {
    // IMMEDIATE: read and write as one step, so two admins' changes at once both land.
    const tx = this.db.transaction(() => {
      const next = ServerSettingsSchema.parse(change(structuredClone(this.get(guild))));
      this.db
        .prepare(
          'INSERT INTO server_settings (guild, settings, updated_at) VALUES (?, ?, ?) ON CONFLICT (guild) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at',
        )
        .run(guild, JSON.stringify(next), new Date().toISOString());
      return next;
    });
    return tx.immediate();
  }
}
