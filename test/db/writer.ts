/** A second process for the concurrency test: writes votes, questions and a setting into one database, as a shard would. */
import { BotDatabase } from '../../src/db/database.ts';

const [path, name, count] = process.argv.slice(2);
const db = BotDatabase.open({ path });
for (let i = 0; i < Number(count); i++) {
  const at = new Date().toISOString();
  await db.votes.record({ at, user: `${name}-user`, message: `${name}-${i}`, vote: i % 2 ? 'up' : 'down', question: 'q', intent: null, reports: [] });
  await db.questions.record({ at, guild: 'g', user: `${name}-user`, question: `${name} ${i}`, lang: 'vi', intent: null, found: i % 3 !== 0, reports: [] });
  // read-modify-write of one shared row: neither process's change may be lost
  await db.settings.update('g', (s) => ({ ...s, mentions: { ...s.mentions, never: [...s.mentions.never, `${name}-${i}`] } }));
}
db.close();
