import assert from 'node:assert/strict';
import { SOURCE_EXAMPLES, sourceOfLine } from '../../src/corpus/source-link.ts';
import { parseReport } from '../../src/corpus/parse.ts';
import { readCorpusFolder } from '../../src/store/read-folder.ts';
import { Engine } from '../../src/engine.ts';
import { renderConsole } from '../../src/render/console.ts';
import { HDND_REPORT } from '../fixtures.ts';
import { tempDir, writeCorpus } from '../helpers.ts';

describe('corpus/source-link', () => {
  it('reads the address of every example line, and nothing from lines that are not a source', () => {
    for (const { line, address } of SOURCE_EXAMPLES) assert.equal(sourceOfLine(line), address, line);
  });

  it('a report\'s "Nguồn:" line becomes its source, and is not a passage', () => {
    const r = parseReport('a.txt', `${HDND_REPORT}\n\nNguồn: Báo Quảng Trị – https://baoquangtri.vn/tong-ket-2020.htm\n`);
    assert.equal(r.source, 'https://baoquangtri.vn/tong-ket-2020.htm');
    assert.ok(!r.passages.some((p) => p.text.includes('baoquangtri')));
    assert.equal(parseReport('b.txt', HDND_REPORT).source, null);
  });

  it("a Markdown report's front matter gives its source; citations carry it to the JSON, the console and Discord", async () => {
    const dir = await writeCorpus({ 'qt.md': `---\nsource: https://quangtri.gov.vn/tin/tong-ket-2020\n---\n\n${HDND_REPORT}` });
    const { files } = await readCorpusFolder(dir);
    assert.equal(parseReport(files[0].id, files[0].text).source, 'https://quangtri.gov.vn/tin/tong-ket-2020');
    const engine = await Engine.open({ corpusDir: dir, cacheDir: await tempDir() });
    const a = engine.ask('who chaired the conference?');
    assert.ok(a.found);
    assert.ok(a.citations.length > 0 && a.citations.every((c) => c.url === 'https://quangtri.gov.vn/tin/tong-ket-2020'));
    assert.match(renderConsole(a, false), /\n {4}https:\/\/quangtri\.gov\.vn\/tin\/tong-ket-2020/);
    const { renderAnswer } = await import('../../src/discord/render.ts');
    const msg = renderAnswer(a, { lang: 'en' });
    assert.match(msg.embeds[0].fields?.[0].value ?? '', /\[source\]\(https:\/\/quangtri\.gov\.vn\/tin\/tong-ket-2020\)$/);
  });
});
