import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AnswerThread, AnswerTimeout, answersHere, type Answers } from '../src/answer-thread.ts';
import { Engine } from '../src/engine.ts';
import { loadCorpus } from '../src/store/load.ts';
import type { AnswerRequest } from '../src/model/request.ts';
import { shippedCacheDir, shippedEngine, tempDir, writeCorpus } from './helpers.ts';

/** The longest pause of this thread's event loop while `work` runs: what every other user waits. */
async function loopPauseDuring<T>(work: () => Promise<T>): Promise<{ result: T; pauseMs: number; tookMs: number }> {
  let last = Date.now();
  let pauseMs = 0;
  const tick = setInterval(() => {
    const now = Date.now();
    pauseMs = Math.max(pauseMs, now - last);
    last = now;
  }, 10);
  const started = Date.now();
  try {
    const result = await work();
    return { result, pauseMs: Math.max(pauseMs, Date.now() - last), tookMs: Date.now() - started };
  } finally {
    clearInterval(tick);
  }
}

/** The shipped reports and one very large report (4.5 MB, just under the default size limit) made of them. */
async function bigCorpus(): Promise<string> {
  const files: Record<string, string> = {};
  for (const f of await readdir('corpus')) files[f] = await readFile(`corpus/${f}`, 'utf8');
  const body = Object.values(files).join('\n\n');
  let big = 'Tổng hợp các hội nghị của Văn phòng UBND tỉnh\n\n';
  while (Buffer.byteLength(big) < 4_500_000) big += `${body}\n\n`;
  files['tong-hop.txt'] = big;
  return writeCorpus(files);
}

describe('answer-thread', function () {
  this.timeout(120_000);

  it('answers in the worker exactly what the engine answers on this thread, for every kind of request', async () => {
    const engine = await shippedEngine();
    const thread = new AnswerThread(engine, { corpusDir: 'corpus', cacheDir: await shippedCacheDir() }).start();
    try {
      const doc = engine.corpus.reports[0].id;
      const requests: AnswerRequest[] = [
        { kind: 'ask', question: 'Who attended the 2019 review conference?' },
        { kind: 'ask', question: 'có bao nhiêu văn bản đến năm 2019', lang: 'vi' },
        { kind: 'search', query: 'cải cách hành chính', limit: 3 },
        { kind: 'stated', intent: 'figure', what: 'documents', doc },
        { kind: 'report', doc, lang: 'en' },
        { kind: 'report', doc: 'no-such-report.txt', lang: 'en' },
      ];
      for (const req of requests) assert.deepEqual(await thread.answer(req), engine.answer(req), JSON.stringify(req));
    } finally {
      await thread.stop();
    }
  });

  describe('with a 4.5 MB report', () => {
    let engine: Engine;
    let corpusDir: string;
    let cacheDir: string;
    const summary: AnswerRequest = { kind: 'report', doc: 'tong-hop.txt', lang: 'en' };
    /** what takes longest over such a corpus: its summary and broad questions that match thousands of its passages */
    const heavy: AnswerRequest[] = [
      summary,
      { kind: 'ask', question: 'how many documents were issued in 2019?' },
      { kind: 'ask', question: 'ai dự đại hội năm 2020?' },
    ];
    before(async () => {
      corpusDir = await bigCorpus();
      cacheDir = await tempDir();
      engine = await Engine.open({ corpusDir, cacheDir });
    });

    it('its summary keeps this thread free in the worker, and holds it up when made here', async () => {
      const thread = new AnswerThread(engine, { corpusDir, cacheDir }).start();
      try {
        await thread.loaded();
        const answer = async (a: Answers) => loopPauseDuring(() => Promise.all(heavy.map((r) => a.answer(r))));
        const off = await answer(thread);
        const here = await answer(answersHere(engine));
        assert.deepEqual(off.result, here.result);
        assert.ok(off.result[0]?.found);
        // Here, the loop stops for each answer in turn; in the worker, it only passes messages.
        assert.ok(here.pauseMs > 300, `made here, the loop paused ${here.pauseMs} ms`);
        assert.ok(off.pauseMs < here.pauseMs / 3, `in the worker the loop paused ${off.pauseMs} ms (here: ${here.pauseMs} ms)`);
      } finally {
        await thread.stop();
      }
    });

    it('an answer over its time budget is given up with AnswerTimeout, and a new worker answers the next', async () => {
      const thread = new AnswerThread(engine, { corpusDir, cacheDir }, 1).start(); // a budget no question over 4.5 MB can meet
      try {
        await thread.loaded();
        // A broad question over the big report takes a hundred times the budget, so that a pause of this thread's own
        // (a collection of its heap) cannot let the answer arrive before the timer fires, as a summary's ~10 ms could.
        await assert.rejects(thread.answer(heavy[1]!), AnswerTimeout);
        thread.timeoutMs = 60_000;
        const next = await thread.answer({ kind: 'ask', question: 'Who attended the 2019 review conference?' });
        assert.ok(next?.found);
        assert.equal(thread.pending, 0);
      } finally {
        await thread.stop();
      }
    });
  });

  it('without a usable cache (a folder it could not write) it answers on this thread, from the current corpus', async () => {
    const engine = await shippedEngine();
    const thread = new AnswerThread(engine, { corpusDir: 'corpus', cacheDir: await tempDir() }).start(); // nothing cached there
    try {
      await thread.loaded();
      const req: AnswerRequest = { kind: 'ask', question: 'Ai chủ trì hội nghị?' };
      assert.deepEqual(await thread.answer(req), engine.answer(req));
    } finally {
      await thread.stop();
    }
  });

  it('a reload puts the new corpus into the worker; the old one answers until then', async () => {
    const corpusDir = await writeCorpus({ 'a.txt': await readFile(`corpus/${(await readdir('corpus'))[0]}`, 'utf8') });
    const cacheDir = await tempDir();
    const opts = { corpusDir, cacheDir };
    const engine = new Engine(await loadCorpus(opts));
    const thread = new AnswerThread(engine, opts).start();
    try {
      const req: AnswerRequest = { kind: 'search', query: 'hackathon' };
      assert.equal((await thread.answer(req))?.found, false);
      await writeFile(
        join(corpusDir, 'b.txt'),
        'Hội nghị tổng kết năm 2021 của Sở Đồng Lâm Viễn\n\nSáng 12/1/2022, Sở Khoa học và Công nghệ tổ chức cuộc thi hackathon cho thanh niên.\n',
      );
      engine.replace(await loadCorpus(opts)); // as the reloader does: the new corpus is cached, then swapped in
      thread.reload();
      await thread.loaded();
      const after = await thread.answer(req);
      assert.ok(after?.found);
      assert.ok(after.citations.some((c) => c.doc === 'b.txt'));
    } finally {
      await thread.stop();
    }
  });
});
