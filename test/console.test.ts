import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { runConsole, consoleCommandToQuestion } from '../src/console.ts';
import { shippedEngine } from './helpers.ts';

describe('console', () => {
  it('maps slash commands to questions', () => {
    assert.equal(consoleCommandToQuestion('/who-attended 2020 congress'), 'who attended 2020 congress');
    assert.equal(consoleCommandToQuestion('/how-many'), 'how many documents');
    assert.equal(consoleCommandToQuestion('/reports'), 'list the reports');
    assert.equal(consoleCommandToQuestion('/quit'), null);
  });

  it('answers typed questions with sources until the input ends', async () => {
    const engine = await shippedEngine();
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += d.toString()));
    const done = runConsole(engine, input, output);
    input.end('who attended the 2020 congress?\n/how-many meetings\n/help\n');
    await done;
    assert.match(text, /«Dự đại hội có lãnh đạo Đảng ủy Khối các cơ quan tỉnh\.» \[2\]/);
    assert.match(text, /Sources:\n\[1\] Đảng bộ Văn phòng UBND tỉnh đại hội nhiệm kỳ 2020-2025 — 2020-05-22/);
    assert.match(text, /1\.881 cuộc họp/);
    assert.match(text, /who attended the 2020 congress\? \/ ai dự đại hội năm 2020\?/);
    assert.doesNotMatch(text, /\x1b\[/, 'no colour when not a TTY');
  });
});
