import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { runConsole, consoleCommandToQuestion } from '../src/console.ts';
import { shippedEngine, tempDir, writeCorpus } from './helpers.ts';
import { Engine } from '../src/engine.ts';

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

  it('/trend and a trend asked in words print every quoted value and write the chart as a PNG, saying where', async () => {
    const engine = await shippedEngine();
    const chartDir = await tempDir();
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += d.toString()));
    const done = runConsole(engine, input, output, false, 60_000, chartDir);
    input.end('/trend cuộc họp\nsố văn bản đến qua các năm\n');
    await done;
    assert.match(text, /2019: «…phối hợp chuẩn bị nội dung, tổ chức phục vụ chu đáo 483 cuộc họp…» \[\d+\]/);
    const charts = [...text.matchAll(/^Chart: (.+\.png)$/gm)].map((m) => m[1]!);
    assert.equal(charts.length, 2, text);
    const { PNG } = await import('pngjs');
    const { readFile } = await import('node:fs/promises');
    for (const c of charts) {
      assert.ok(c.startsWith(chartDir));
      assert.ok(PNG.sync.read(await readFile(c)).width >= 640);
    }
  });

  it('prints nothing a report smuggles in: escape sequences and control characters never reach the terminal', async () => {
    const corpusDir = await writeCorpus({
      'esc.txt':
        'Hội nghị tổng kết \u001b]0;pwned\u0007năm 2020 của Văn phòng\n\n\u001b[2J\u001b[31mChiều 5-1-2021\u001b[0m, Văn phòng UBND tỉnh tổ chức hội nghị tổng kết năm 2020.\u0007 Đồng chí \u202eNguyễn Văn An\u202c, Chánh Văn phòng, chủ trì hội nghị.\u0008\n',
    });
    const engine = await Engine.open({ corpusDir, cacheDir: await tempDir() });
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += d.toString()));
    const done = runConsole(engine, input, output, true); // colours on, as on a terminal: only ours may appear
    input.end('who chaired the 2020 review conference?\n/reports\n');
    await done;
    assert.match(text, /Nguyễn Văn An/);
    const withoutOurColours = text.replace(/\u001b\[(?:\d+(?:;\d+)*)?m/g, '');
    assert.doesNotMatch(withoutOurColours, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.doesNotMatch(text, /pwned\u0007|\u001b\]|\u001b\[2J|\u001b\[31m/);
  });

  it('a follow-up leans on the question before it in the session, and says so', async () => {
    const engine = await shippedEngine();
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += d.toString()));
    const done = runConsole(engine, input, output, false);
    input.end('who attended the 2020 congress?\nand in 2015?\n');
    await done;
    assert.match(text, /\? Taking it with the previous question: “who attended the 2015 congress\?”/);
  });
});
