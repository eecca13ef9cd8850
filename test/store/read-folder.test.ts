import assert from 'node:assert/strict';
import { folderSignature, readCorpusFolder } from '../../src/store/read-folder.ts';
import { mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCorpus, tempDir } from '../helpers.ts';
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
    assert.deepEqual(
      files.map((f) => f.id),
      ['good.txt', 'notes.md'],
    );
    assert.equal(skipped.length, 4);
    for (const name of ['empty.txt', 'blank.txt', 'image.txt', 'latin1.txt'])
      assert.ok(
        skipped.some((s) => s.includes(name)),
        name,
      );
    assert.ok(!files[0].text.includes('\r'));
  });

  it('never reads a link that leads out of the corpus folder (a link to /etc/passwd or .env would be quoted to users)', async () => {
    const outside = await tempDir();
    await writeFile(join(outside, 'secret.txt'), 'DISCORD_TOKEN=abc.def.ghi is the bot token');
    const dir = await writeCorpus({ 'good.txt': HDND_REPORT });
    await symlink(join(outside, 'secret.txt'), join(dir, 'passwd.txt'));
    await symlink(join(dir, 'good.txt'), join(dir, 'alias.txt')); // a link inside the folder is a report like any other
    const { files, skipped } = await readCorpusFolder(dir);
    assert.deepEqual(
      files.map((f) => f.id),
      ['alias.txt', 'good.txt'],
    );
    assert.ok(skipped.some((s) => /passwd\.txt: it is a link to a file outside the corpus folder/.test(s)));
    assert.ok(!files.some((f) => f.text.includes('DISCORD_TOKEN')));
  });

  it('drops terminal escape sequences and control characters from report text', async () => {
    const dir = await writeCorpus({
      'esc.txt': 'Văn phòng UBND tỉnh tổng kết\n\n\u001b]0;pwned\u0007\u001b[31mChiều 5-1\u001b[0m, Văn phòng tổ chức hội nghị.\u0007\u0008',
    });
    const { files } = await readCorpusFolder(dir);
    assert.equal(files.length, 1);
    assert.doesNotMatch(files[0].text, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    assert.match(files[0].text, /Chiều 5-1, Văn phòng tổ chức hội nghị\./);
  });

  it('drops bidi overrides and isolates, which would show a reader other text than the one quoted', async () => {
    const dir = await writeCorpus({
      'bidi.txt': 'Văn phòng UBND tỉnh tổng kết\n\nĐã tiếp nhận \u202e000.21\u202c văn bản đến; \u2067phát hành\u2069 3.450 văn bản đi.',
    });
    const { files } = await readCorpusFolder(dir);
    assert.doesNotMatch(files[0].text, /[\u202a-\u202e\u2066-\u2069]/);
    assert.match(files[0].text, /Đã tiếp nhận 000\.21 văn bản đến; phát hành 3\.450 văn bản đi\./);
  });

  it('refuses a file over the size limit, naming the limit, without reading it; the limit is part of the folder signature', async () => {
    const dir = await writeCorpus({ 'small.txt': HDND_REPORT, 'huge.txt': HDND_REPORT.repeat(40) });
    const r = await readCorpusFolder(dir, 20_000);
    assert.deepEqual(
      r.files.map((f) => f.id),
      ['small.txt'],
    );
    assert.equal(r.skipped.length, 1);
    assert.match(r.skipped[0], /^Skipped huge\.txt: it is \d+ KB, over the 20 KB limit for one report \(MAX_REPORT_MB\)\.$/);
    assert.equal((await readCorpusFolder(dir)).files.length, 2, 'the default limit (5 MB) takes both');
    assert.notEqual(await folderSignature(dir, 20_000), await folderSignature(dir));
  });

  it('says plainly when the folder does not exist', async () => {
    await assert.rejects(readCorpusFolder('/nonexistent/corpus'), /Cannot read the corpus folder/);
  });
});

describe('corpus/read: Markdown reports', () => {
  it('reads a .md report as plain text: headings, emphasis, links and images', async () => {
    const { stripMarkdown } = await import('../../src/store/read-folder.ts');
    const md =
      '# Văn phòng UBND tỉnh tổng kết năm 2020\n\n![Quang cảnh hội nghị](a.jpg)\n\n**Sáng 7-1**, [Văn phòng UBND tỉnh](http://x) tổ chức _hội nghị_ tổng kết.\n\n---\n\n- Thu Hà';
    assert.equal(
      stripMarkdown(md),
      'Văn phòng UBND tỉnh tổng kết năm 2020\n\nQuang cảnh hội nghị\n\nSáng 7-1, Văn phòng UBND tỉnh tổ chức hội nghị tổng kết.\nThu Hà',
    );
  });

  it('reads reports in subfolders (the id is the path inside the corpus), but not hidden folders or links to folders', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    await mkdir(join(dir, '2023', 'quy-1'), { recursive: true });
    await writeFile(join(dir, '2023', 'b.txt'), HDND_REPORT);
    await writeFile(join(dir, '2023', 'quy-1', 'c.md'), HDND_REPORT);
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'd.txt'), HDND_REPORT);
    const outside = await tempDir();
    await writeFile(join(outside, 'e.txt'), HDND_REPORT);
    await symlink(outside, join(dir, 'linked'));
    const r = await readCorpusFolder(dir);
    assert.deepEqual(
      r.files.map((f) => f.id),
      ['2023/b.txt', '2023/quy-1/c.md', 'a.txt'],
    );
    assert.deepEqual(r.skipped, []);
  });

  it('a file changed a moment ago that is not text yet is "still being written", an old one is "not valid UTF-8"', async () => {
    const half = new Uint8Array([...new TextEncoder().encode('Hội nghị tổng kết năm 2022 của Văn phòng '), 0xe1, 0xbb]); // cut inside a letter
    const dir = await writeCorpus({ 'copying.txt': half });
    const now = await readCorpusFolder(dir);
    assert.match(now.skipped[0], /^Skipped copying\.txt for now: it is still being written \(it is not valid UTF-8 text\); it is read when complete\.$/);
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'copying.txt'), old, old);
    const later = await readCorpusFolder(dir);
    assert.equal(later.skipped[0], 'Skipped copying.txt: it is not valid UTF-8 text.');
  });
});
