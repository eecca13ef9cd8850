/**
 * `npm run stats [-- --days N] [--guild ID]`: what members asked, in the
 * terminal — the same figures /stats shows, for every server at once unless
 * one is named. Reads the database the bot writes (DATABASE_FILE), beside a
 * running bot (WAL).
 */
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from './config.ts';
import { BotDatabase } from './db/database.ts';
import { statsLines } from './render/stats.ts';

const { values } = parseArgs({ options: { days: { type: 'string', default: '14' }, guild: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  process.stdout.write('Usage: npm run stats [-- --days N] [--guild SERVER_ID]\n');
  process.exit(0);
}
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 3650) {
  process.stderr.write(`--days: expected a whole number of days from 1 to 3650, got "${values.days}".\n`);
  process.exit(2);
}
const config = await loadConfigOrExit();
const db = BotDatabase.open({ path: config.DATABASE_FILE, retentionDays: config.RETENTION_DAYS });
try {
  const scope = values.guild ? `server ${values.guild}` : 'all servers';
  process.stdout.write(`${config.DATABASE_FILE} — ${scope}\n\n${statsLines(db.stats({ guild: values.guild ?? null, days }), 'en').join('\n')}\n`);
} finally {
  db.close();
}
