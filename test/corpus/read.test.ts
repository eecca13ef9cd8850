import assert from 'node:assert/strict';
import { readCorpusFolder } from '../../src/corpus/read.ts';
import { writeCorpus } from '../helpers.ts';
import { HDND_REPORT } from '../fixtures.ts';

describe('corpus/read', () => {
  it('skips empty, binary and non-UTF-8 files with a warning naming each, and serves the rest', async () => {
    const dir = await writeCorpus({
      'good.txt': HDND_REPORT,
      'notes.md': 'Chiều 5-1, Văn phòng UBND tỉnh tổ chức hội nghị tổng kết năm 2020 với nhiều nội dung quan trọng.',
      'empty.txt': '',
      'blank.txt': ' \n\n ',
      'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]),
      'ignored.pdf': 'not a report',
    });
    const { files, skipped } = await readCorpusFolder(dir);
    assert.deepEqual(files.map((f) => f.id), ['good.txt', 'notes.md']);
    assert.equal(skipped.length, 4);
    for (const name of ['empty.txt', 'blank.txt', 'image.txt', 'latin1.txt']) assert.ok(skipped.some((s) => s.includes(name)), name);
    assert.ok(!files[0].text.includes('\r'));
  });

  it('says plainly when the folder does not exist', async () => {
    await assert.rejects(readCorpusFolder('/nonexistent/corpus'), /Cannot read the corpus folder/);
  });
});

describe('corpus/read: Markdown reports', () => {
  it('reads a .md report as plain text: headings, emphasis, links and images', async () => {
    const { stripMarkdown } = await import('../../src/corpus/read.ts');
    const md = '# Văn phòng UBND tỉnh tổng kết năm 2020\n\n![Quang cảnh hội nghị](a.jpg)\n\n**Sáng 7-1**, [Văn phòng UBND tỉnh](http://x) tổ chức _hội nghị_ tổng kết.\n\n---\n\n- Thu Hà';
    assert.equal(stripMarkdown(md), 'Văn phòng UBND tỉnh tổng kết năm 2020\n\nQuang cảnh hội nghị\n\nSáng 7-1, Văn phòng UBND tỉnh tổ chức hội nghị tổng kết.\nThu Hà');
  });
});
