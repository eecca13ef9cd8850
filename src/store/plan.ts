/**
 * What an update of the store must do, decided from the old manifest and the
 * folder as it is now, without reading any segment: which segments stay as
 * they are (every report in them unchanged), which are rewritten (a report
 * in them changed or went), and which reports go into new segments.
 */
import type { FileEntry, Manifest, SegmentEntry } from './manifest.ts';

export interface Plan {
  kept: SegmentEntry[];
  /** segments whose reports go into new ones (their unchanged reports' parsed text is reused) */
  dirty: SegmentEntry[];
  /** every report the new segments hold, by id */
  pending: string[];
}

/**
 * `now` holds every readable report with its content hash; `distrust` names
 * segment files found damaged. Segments under half the size go into the new
 * ones too when there are new reports: adding reports one at a time would
 * otherwise leave a segment per report. (A changed report rewrites only its
 * own segment.)
 */
export function planUpdate(old: Manifest | null, now: Map<string, FileEntry>, segmentPassages: number, distrust: Set<string> = new Set()): Plan {
  const before = new Map(old?.files.map((f) => [f.id, f.hash]) ?? []);
  const kept: SegmentEntry[] = [];
  const dirty: SegmentEntry[] = [];
  for (const s of old?.segments ?? []) {
    const whole = !distrust.has(s.file) && s.reports.every((id) => now.get(id)?.hash === before.get(id));
    (whole ? kept : dirty).push(s);
  }
  const segmented = new Set(old?.segments.flatMap((s) => s.reports) ?? []);
  const fresh = [...now.keys()].some((id) => !segmented.has(id));
  if (fresh) {
    for (const s of [...kept]) {
      if (s.passages >= segmentPassages / 2) continue;
      kept.splice(kept.indexOf(s), 1);
      dirty.push(s);
    }
  }
  const held = new Set(kept.flatMap((s) => s.reports));
  const pending = [...now.keys()].filter((id) => !held.has(id)).sort(byId);
  return { kept, dirty, pending };
}

/** Report ids in the order listReportFiles gives them (code-unit order). */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
