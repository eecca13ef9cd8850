/** Reading report files from the corpus folder: only what is text, UTF-8 and non-empty. */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import { normalizeText, originalSpellings } from '../text/normalize.ts';
import { LIMITS } from '../limits.ts';

export interface RawReport {
  id: string;
  text: string;
  /** the file's own spelling of syllables the canonical tone style changed */
  spellings: Record<string, string>;
}

export interface ReadResult {
  files: RawReport[];
  /** one plain sentence per skipped file */
  skipped: string[];
}

const DECODER = new TextDecoder('utf-8', { fatal: true });
/** A file modified this recently that does not read as text is taken to be still being copied in. */
const STILL_WRITING_MS = 3000;
const mb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Why a file's bytes cannot be served, or null when they can. */
export function rejectReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'it is empty';
  if (bytes.includes(0)) return 'it looks binary (contains NUL bytes)';
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    return 'it is not valid UTF-8 text';
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return 'it holds only white space';
  return null;
}

export function isReportFile(name: string): boolean {
  return /\.(txt|md)$/i.test(name) && !name.startsWith('.');
}

/** Subfolders deeper than this are not walked (a link loop cannot arise: links to folders are never followed). */
const MAX_DEPTH = 8;

/**
 * The report files under a folder, subfolders included, as paths relative to
 * it with '/' ("2023/hoi-nghi.txt" is that report's id), sorted. Hidden
 * folders and links to folders are not walked. Throws when `dir` itself
 * cannot be listed; an unreadable subfolder is left out.
 */
export async function listReportFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (sub: string, depth: number): Promise<void> => {
    const entries = await readdir(sub ? join(dir, sub) : dir, { withFileTypes: true }).catch((err) => {
      if (!sub) throw err;
      return [] as Dirent[];
    });
    for (const e of entries) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && depth < MAX_DEPTH) await walk(rel, depth + 1);
      } else if (isReportFile(e.name)) out.push(rel);
    }
  };
  await walk('', 0);
  return out.sort();
}

/** Files read at once (the file system works in a thread pool). */
export const READ_AHEAD = 32;

/** One report file read and normalised, or the sentence saying why it is skipped (null: not a file, nothing to say). */
async function readReport(dir: string, root: string, name: string, maxBytes: number): Promise<RawReport | string | null> {
  const path = join(dir, name);
  try {
    // A link that leads out of the corpus folder (to /etc/passwd, to .env) is never read: it would be quoted to users.
    const real = await realpath(path);
    if (!real.startsWith(`${root}${sep}`)) return `Skipped ${name}: it is a link to a file outside the corpus folder.`;
    const st = await stat(path);
    if (!st.isFile()) return st.isDirectory() ? null : `Skipped ${name}: it is not a regular file.`;
    if (st.size > maxBytes) return `Skipped ${name}: it is ${mb(st.size)}, over the ${mb(maxBytes)} limit for one report (MAX_REPORT_MB).`;
    const bytes = await readFile(path);
    const reason = rejectReason(bytes);
    if (reason) {
      // A file changed a moment ago may be half copied: it is read again when the copy ends (the watcher sees it).
      const fresh = Date.now() - st.mtimeMs < STILL_WRITING_MS;
      return fresh ? `Skipped ${name} for now: it is still being written (${reason}); it is read when complete.` : `Skipped ${name}: ${reason}.`;
    }
    const decoded = DECODER.decode(bytes);
    const text = normalizeText(decoded);
    return { id: name, text: /\.md$/i.test(name) ? stripMarkdown(text) : text, spellings: originalSpellings(decoded) };
  } catch (err) {
    return `Skipped ${name}: it could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)}).`;
  }
}

/** Read every .txt/.md file of a folder, sorted by name; bad files (and files over `maxBytes`) are listed, never thrown. */
export async function readCorpusFolder(dir: string, maxBytes: number = LIMITS.maxReportBytes): Promise<ReadResult> {
  let names: string[];
  try {
    names = await listReportFiles(dir);
  } catch (err) {
    throw new Error(`Cannot read the corpus folder "${dir}": ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return readReports(dir, names, maxBytes);
}

/** Read these report files of a folder (names as listReportFiles gives them), in that order; bad files are listed, never thrown. */
export async function readReports(dir: string, names: string[], maxBytes: number = LIMITS.maxReportBytes): Promise<ReadResult> {
  const root = await realpath(dir);
  const files: RawReport[] = [];
  const skipped: string[] = [];
  // Several files in flight at once (the file system works in a thread pool), results kept in name order.
  for (let i = 0; i < names.length; i += READ_AHEAD) {
    for (const r of await Promise.all(names.slice(i, i + READ_AHEAD).map((name) => readReport(dir, root, name, maxBytes)))) {
      if (typeof r === 'string') skipped.push(r);
      else if (r) files.push(r);
    }
  }
  return { files, skipped };
}

/**
 * A cheap signature of the folder: names, sizes and modification times. When
 * it matches the one a cache was saved with, the cache is used without
 * reading every file (what makes a cold start fast on a large corpus).
 */
export async function folderSignature(dir: string, maxBytes: number = LIMITS.maxReportBytes): Promise<string | null> {
  try {
    return signatureOf(await statReports(dir), maxBytes);
  } catch {
    return null;
  }
}

/** The signature of a folder listing (statReports). */
export function signatureOf(listed: { id: string; size: number; mtimeMs: number }[], maxBytes: number = LIMITS.maxReportBytes): string {
  // The size limit decides which files are read: another limit, another corpus.
  const h = createHash('sha256').update(`limit:${maxBytes}\n`);
  for (const f of listed) h.update(`${f.id}\0${f.size}\0${f.mtimeMs}\n`);
  return h.digest('hex');
}

/** The report files of a folder with their sizes and times (a file gone meanwhile is left out); throws when the folder cannot be listed. */
export async function statReports(dir: string): Promise<{ id: string; size: number; mtimeMs: number }[]> {
  const names = await listReportFiles(dir);
  const out: { id: string; size: number; mtimeMs: number }[] = [];
  for (let i = 0; i < names.length; i += READ_AHEAD) {
    const chunk = names.slice(i, i + READ_AHEAD);
    const stats = await Promise.all(chunk.map((name) => stat(join(dir, name)).catch(() => null)));
    chunk.forEach((id, k) => {
      const st = stats[k];
      if (st) out.push({ id, size: st.size, mtimeMs: st.mtimeMs });
    });
  }
  return out;
}

/**
 * Markdown reports read as plain text: headings, emphasis and links keep their
 * words; images become caption lines (their alt text); rules and HTML go.
 */
export function stripMarkdown(md: string): string {
  return md
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_, alt: string) => (alt.trim() ? alt.trim() : ''))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]{1,200}>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*_])([*_])(?!\s)(.+?)(?<!\s)\1(?![\p{L}\p{N}*_])/gu, '$2')
    .replace(/^\s*([-*_])(\s*\1){2,}\s*$/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '');
}
