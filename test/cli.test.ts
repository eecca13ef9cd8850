import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tempDir, writeCorpus } from './helpers.ts';
import { HDND_REPORT } from './fixtures.ts';

async function ask(args: string[], input?: string, dataDir?: string) {
  const cacheDir = await tempDir();
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...process.env, INDEX_CACHE_DIR: cacheDir, DATA_DIR: dataDir ?? (await tempDir()), LOG_LEVEL: 'info' },
    input,
    encoding: 'utf8',
  });
}

describe('JSON CLI', () => {
  it('prints exactly one answer object for one question', async () => {
    const r = await ask(['--json', 'how many documents did the office issue in 2019?']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const a = JSON.parse(lines[0]);
    assert.deepEqual(Object.keys(a).sort(), ['answer', 'citations', 'found', 'intent', 'lang', 'question']);
    assert.equal(a.intent, 'figure');
    assert.equal(a.found, true);
    assert.match(a.answer, /16\.486 văn bản/);
    assert.deepEqual(Object.keys(a.citations[0]).sort(), ['date', 'doc', 'n', 'paragraph', 'snippet', 'title']);
    assert.equal(a.citations[0].doc, '002_f29c86931a869bbc.txt');
  });

  it('reads one question per line from --stdin and answers in order, also "not found"', async () => {
    const r = await ask(['--json', '--stdin'], 'ai du dai hoi 2020\nwho chaired the 2020 congress?\n\n:~^*+-\n');
    assert.equal(r.status, 0, r.stderr);
    const answers = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(answers.length, 4);
    assert.equal(answers[0].intent, 'attendees');
    assert.equal(answers[1].found, false);
    assert.equal(answers[2].intent, 'invalid');
  });

  it('answers over another corpus folder with --corpus', async () => {
    const dir = await writeCorpus({ 'hdnd-2020.txt': HDND_REPORT });
    const r = await ask(['--json', '--corpus', dir, 'who chaired the conference?']);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.match(a.answer, /Trần Văn Minh/);
    assert.equal(a.citations[0].doc, 'hdnd-2020.txt');
  });

  it('exits 2 on bad usage, with a message on stderr and nothing on stdout', async () => {
    for (const args of [['--json'], ['--bogus', 'x'], ['--json', '--stdin', 'also a question']]) {
      const r = await ask(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /Usage/);
    }
    const missing = await ask(['--json', '--corpus', '/nonexistent/x', 'hi']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Cannot read the corpus folder/);
  });

  it('is stateless unless given --session, which carries a follow-up across runs and keeps sessions apart', async function () {
    this.timeout(60_000);
    const dataDir = await tempDir();
    const json = (r: ReturnType<typeof spawnSync>) => {
      assert.equal(r.status, 0, String(r.stderr));
      return JSON.parse(String(r.stdout).trim());
    };
    json(await ask(['--json', '--session', 'lan', 'who attended the 2020 congress?'], undefined, dataDir));
    const follow = json(await ask(['--json', '--session', 'lan', 'and in 2015?'], undefined, dataDir));
    assert.match(follow.answer, /^Taking it with the previous question: “who attended the 2015 congress\?”/);
    const other = json(await ask(['--json', '--session', 'minh', 'and in 2015?'], undefined, dataDir));
    assert.doesNotMatch(other.answer, /previous question/);
    const stateless = json(await ask(['--json', 'and in 2015?'], undefined, dataDir));
    assert.doesNotMatch(stateless.answer, /previous question/);
    const bad = await ask(['--json', '--session', 'no spaces please', 'x'], undefined, dataDir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--session: expected an id/);
  });

  it("--chart writes a trend's chart as a PNG and says where", async function () {
    this.timeout(60_000);
    const dir = await tempDir();
    const path = `${dir}/meetings.png`;
    const r = await ask(['--json', '--chart', path, 'số cuộc họp qua các năm'], undefined, dir);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout.trim());
    assert.equal(a.picture, path);
    assert.ok(a.chart.points.length >= 2);
    const { PNG } = await import('pngjs');
    const { readFile } = await import('node:fs/promises');
    const image = PNG.sync.read(await readFile(path));
    assert.ok(image.width >= 640 && image.height >= 320);
  });
});
