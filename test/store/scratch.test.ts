import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dropScratch, readIntoScratch, releaseScratch } from '../../src/store/scratch.ts';
import { tempDir } from '../helpers.ts';

describe('store/scratch', () => {
  it('reads each file whole into a reused buffer, never showing a previous file’s bytes', async () => {
    const dir = await tempDir();
    const files: [string, Buffer][] = [
      ['big', Buffer.alloc(3 * 2 ** 20 + 7, 0x61)],
      ['small', Buffer.from('tổng kết năm 2024\n')],
      ['empty', Buffer.alloc(0)],
      ['bigger', Buffer.alloc(5 * 2 ** 20, 0x62)],
    ];
    for (const [name, body] of files) await writeFile(join(dir, name), body);
    const seen = new Set<Buffer>();
    for (let round = 0; round < 2; round++) {
      for (const [name, body] of files) {
        const { bytes, buffer } = await readIntoScratch(join(dir, name));
        assert.ok(bytes.equals(body), `${name}: ${bytes.length} bytes read, ${body.length} written`);
        seen.add(buffer);
        releaseScratch(buffer);
      }
    }
    // One buffer at a time was needed: it was reused (made again only when a larger file came).
    assert.ok(seen.size <= 2, `${seen.size} buffers made`);
    dropScratch();
    await assert.rejects(readIntoScratch(join(dir, 'missing')), /ENOENT/);
  });
});
