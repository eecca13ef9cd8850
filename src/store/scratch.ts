/**
 * Buffers a segment file is read into, reused from one file to the next and
 * let go when a load is done. Read with a new buffer each, a 10,000-report
 * store left the C heap fragmented between the index arrays it keeps: some
 * 60–80 MB of RSS the process never gave back. Whatever is kept from a file
 * is copied out of its buffer (text decoded, index arrays copied).
 */
import { open } from 'node:fs/promises';

const free: Buffer[] = [];
/** Buffers are made in steps of this size, so that one fits the next file too. */
const STEP = 1 << 20;

/** Read a whole file into a scratch buffer; give it back with `releaseScratch` once nothing refers to it. */
export async function readIntoScratch(path: string): Promise<{ bytes: Buffer; buffer: Buffer }> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const at = free.findIndex((b) => b.length >= size);
    const buffer = at >= 0 ? (free.splice(at, 1)[0] as Buffer) : Buffer.allocUnsafeSlow(Math.ceil(Math.max(size, 1) / STEP) * STEP);
    let read = 0;
    try {
      while (read < size) {
        const { bytesRead } = await fh.read(buffer, read, size - read, read);
        if (bytesRead === 0) break; // cut short while being read: the caller's checks say so
        read += bytesRead;
      }
    } catch (err) {
      releaseScratch(buffer);
      throw err;
    }
    return { bytes: buffer.subarray(0, read), buffer };
  } finally {
    await fh.close();
  }
}

export function releaseScratch(buffer: Buffer): void {
  free.push(buffer);
}

/** A load is done: the buffers go (the next load makes new ones). */
export function dropScratch(): void {
  free.length = 0;
}
