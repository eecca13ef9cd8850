import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseConfig, ConfigError } from '../src/config.ts';

describe('config', () => {
  it('applies defaults and accepts a complete setting', () => {
    const c = parseConfig({});
    assert.equal(c.CORPUS_DIR, 'corpus');
    // Everything the bot writes is inside one data folder unless set apart.
    assert.equal(c.DATA_DIR, 'data');
    assert.equal(c.INDEX_CACHE_DIR, join('data', 'cache'));
    assert.equal(c.FEEDBACK_FILE, join('data', 'feedback.jsonl'));
    assert.equal(c.ANSWER_STATE_FILE, join('data', 'answers.jsonl'));
    assert.equal(c.RETENTION_DAYS, 90);
    const moved = parseConfig({ DATA_DIR: '/srv/bot', FEEDBACK_FILE: '/var/votes.jsonl' });
    assert.equal(moved.INDEX_CACHE_DIR, join('/srv/bot', 'cache'));
    assert.equal(moved.FEEDBACK_FILE, '/var/votes.jsonl');
    assert.equal(c.LOG_LEVEL, 'info');
    assert.equal(c.DISCORD_TOKEN, undefined);
    const full = parseConfig({ DISCORD_TOKEN: 'abc', DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api', LOG_LEVEL: 'debug' });
    assert.equal(full.DISCORD_API_URL, 'http://127.0.0.1:9/api');
    assert.equal(c.MAX_REPORT_MB, 5);
    assert.equal(parseConfig({ MAX_REPORT_MB: '0.5' }).MAX_REPORT_MB, 0.5);
  });

  it('names every bad variable and what it expects', () => {
    try {
      parseConfig({ LOG_LEVEL: 'loud', DISCORD_CLIENT_ID: 'abc', DISCORD_API_URL: 'not a url', MAX_REPORT_MB: 'lots', RETENTION_DAYS: '0', LOG_FORMAT: 'xml' });
      assert.fail('should throw');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /LOG_LEVEL: expected one of debug/);
      assert.match(err.message, /DISCORD_CLIENT_ID: expected a Discord application id/);
      assert.match(err.message, /DISCORD_API_URL: expected an http\(s\) URL/);
      assert.match(err.message, /MAX_REPORT_MB: expected a size in megabytes/);
      assert.match(err.message, /RETENTION_DAYS: expected at least 1 day/);
      assert.match(err.message, /LOG_FORMAT: expected pretty or json/);
    }
  });

  it('stops the program with exit code 2 and no stack trace', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--json', 'hello'], {
      env: { ...process.env, LOG_LEVEL: 'loud' },
      encoding: 'utf8',
    });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /LOG_LEVEL: expected/);
    assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/);
    assert.equal(r.stdout, '');
  });
});
