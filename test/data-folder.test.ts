import assert from 'node:assert/strict';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { prepareDataFolder } from '../src/data-folder.ts';
import { parseConfig } from '../src/config.ts';
import { tempDir } from './helpers.ts';
import { onLog } from '../src/log.ts';

describe('data-folder', () => {
  it('is made at start, and the votes, salt and answer states an older version kept in the working folder move into it', async () => {
    const home = await tempDir();
    await writeFile(join(home, 'feedback.jsonl'), '{"vote":"up"}\n');
    await writeFile(join(home, '.feedback-salt'), 'a-salt-of-sixteen-chars\n');
    await writeFile(join(home, 'answers.jsonl'), '{"key":"abcdef"}\n');
    const config = parseConfig({ DATA_DIR: join(home, 'data') });
    await prepareDataFolder(config, home);
    assert.deepEqual((await readdir(join(home, 'data'))).sort(), ['.feedback-salt', 'answers.jsonl', 'feedback.jsonl']);
    assert.equal(await readFile(config.FEEDBACK_FILE, 'utf8'), '{"vote":"up"}\n');
    assert.deepEqual(await readdir(home), ['data']);
  });

  it('never overwrites what the data folder holds, nor moves a file whose path was set apart', async () => {
    const home = await tempDir();
    await writeFile(join(home, 'feedback.jsonl'), 'old\n');
    await writeFile(join(home, 'answers.jsonl'), 'old\n');
    await mkdir(join(home, 'data'));
    await writeFile(join(home, 'data', 'feedback.jsonl'), 'new\n');
    const config = parseConfig({ DATA_DIR: join(home, 'data'), ANSWER_STATE_FILE: join(home, 'answers.jsonl') });
    await prepareDataFolder(config, home);
    assert.equal(await readFile(join(home, 'data', 'feedback.jsonl'), 'utf8'), 'new\n');
    assert.equal(await readFile(join(home, 'feedback.jsonl'), 'utf8'), 'old\n');
    assert.equal(await readFile(join(home, 'answers.jsonl'), 'utf8'), 'old\n');
  });

  it('a data folder that cannot be made is a warning, not a crash', async () => {
    const home = await tempDir();
    await writeFile(join(home, 'file'), 'x');
    const warnings: string[] = [];
    const stop = onLog((l) => l.level === 'warn' && warnings.push(l.msg));
    try {
      await prepareDataFolder(parseConfig({ DATA_DIR: join(home, 'file', 'data') }), home);
    } finally {
      stop();
    }
    assert.match(warnings.join('\n'), /Could not make the data folder .* Set DATA_DIR to a writable folder/);
  });
});
