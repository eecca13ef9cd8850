/**
 * Parsed reports and their facts, cached beside the index: parsing is most
 * of a cold start. The file is two lines: a small head (format, key,
 * signature, digest, skipped files), validated with zod, then the body.
 *
 * The body is trusted only when its SHA-256 matches the head's digest, and
 * the head's key already hashes this code's version and the corpus bytes:
 * so a body that loads is byte for byte what this code wrote. A full zod
 * pass over the body (store/cache-schema.ts) would cost about 160 ms per
 * 1,000 reports at every start (measured with bench/cold-start.ts), for no
 * case the digest misses; the schema instead checks, in a test, that what
 * the code writes is the shape the model says.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Report } from '../model/report.ts';
import type { ReportFacts } from '../model/facts.ts';
import { digestOf, readHead, splitHeadLine, withHeadLine, writeAtomically } from './cache-files.ts';
import { cachePath } from './index-cache.ts';
import { log } from '../log.ts';

const FactsHead = z.object({
  format: z.literal('vn-reports-facts'),
  key: z.string(),
  signature: z.string().nullable(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  skipped: z.array(z.string()),
});

/** What the body holds; its shape is ReportSchema and ReportFactsSchema. */
interface FactsBody {
  reports: Report[];
  facts: [string, ReportFacts][];
}

export interface CachedFacts {
  reports: Report[];
  facts: Map<string, ReportFacts>;
  skipped: string[];
}

export function factsCachePath(cacheDir: string, corpusDir: string): string {
  return cachePath(cacheDir, corpusDir).replace(/index-([0-9a-f]+)\.json$/, 'facts-$1.json');
}

/** Does the facts file start with this key? (cheap: reads only the head) */
export async function factsKeyMatches(path: string, key: string): Promise<boolean> {
  return (await readHead(path)).includes(`"key":"${key}"`);
}

export async function loadCachedFacts(path: string, key: string): Promise<CachedFacts | null> {
  if (!(await factsKeyMatches(path, key))) return null;
  try {
    const { head: headLine, rest: body } = splitHeadLine(await readFile(path));
    if (!body) throw new Error('it is cut short');
    const head = FactsHead.parse(JSON.parse(headLine));
    if (head.key !== key) return null;
    if (digestOf(body) !== head.digest) throw new Error('its contents are not what was written (cut short or edited)');
    const parsed = JSON.parse(body.toString('utf8')) as FactsBody;
    return { reports: parsed.reports, facts: new Map(parsed.facts), skipped: head.skipped };
  } catch (err) {
    const why = err instanceof z.ZodError ? 'its head is not one this program writes' : (err as Error).message;
    log.warn(`The facts cache ${path} is unusable (${why}); parsing the reports again.`);
    return null;
  }
}

export async function saveFacts(
  path: string,
  key: string,
  reports: Report[],
  facts: Map<string, ReportFacts>,
  signature: string | null = null,
  skipped: string[] = [],
): Promise<void> {
  const body = JSON.stringify({ reports, facts: [...facts] } satisfies FactsBody);
  const head: z.infer<typeof FactsHead> = { format: 'vn-reports-facts', key, signature, digest: digestOf(body), skipped };
  await writeAtomically(path, withHeadLine(head, body));
}
