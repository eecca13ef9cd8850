import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { log, onLog, redactSecret, type LogLine } from '../src/log.ts';
import { dataFiles } from './helpers.ts';

/** `npm start` with no token and no input: it logs its start and leaves the console. */
async function startLines(env: Record<string, string>): Promise<string[]> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...(await dataFiles()), DISCORD_TOKEN: '', LOG_LEVEL: 'info', ...env },
    input: '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr.trim().split('\n');
}

function captured(work: () => void): LogLine[] {
  const lines: LogLine[] = [];
  const stop = onLog((l) => lines.push(l));
  try {
    work();
  } finally {
    stop();
  }
  return lines;
}

describe('log', function () {
  this.timeout(40_000);

  it('writes JSON lines when stderr is not a terminal (a service, a file): level, dated time, message', async () => {
    const lines = (await startLines({})).map((l) => JSON.parse(l));
    const start = lines.find((l) => /No DISCORD_TOKEN set/.test(l.msg));
    assert.ok(start, JSON.stringify(lines));
    assert.equal(start.level, 'info');
    assert.match(start.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    assert.equal(typeof start.pid, 'number');
  });

  it("writes dated lines for people with LOG_FORMAT=pretty (a terminal's default)", async () => {
    const lines = await startLines({ LOG_FORMAT: 'pretty' });
    assert.ok(
      lines.some((l) => /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] INFO: No DISCORD_TOKEN set/.test(l)),
      lines.join('\n'),
    );
  });

  it('every error line carries an error id, the one returned to tell the user', () => {
    let id = '';
    const lines = captured(() => {
      id = log.error('something failed');
    });
    assert.match(id, /^[0-9a-f]{8}$/);
    assert.equal(lines[0].fields.errorId, id);
    const given = captured(() => log.error('and telling the user failed too', { errorId: id }));
    assert.equal(given[0].fields.errorId, id);
  });

  it('never writes the token: the configured one, nor anything shaped like a Discord token', () => {
    const configured = 'configured-secret-token-value';
    redactSecret(configured);
    const shaped = 'MTQwMDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';
    const lines = captured(() => log.warn(`login with ${configured} failed; also saw ${shaped}`));
    assert.equal(lines[0].msg, 'login with [token] failed; also saw [token]');
  });
});
