/**
 * Which reports a question's selectors point at (year, kind, province,
 * office, person, report id); with none, every report.
 */
import type { Report } from '../model/report.ts';
import type { Corpus } from '../store/load.ts';
import type { Understanding } from '../model/question.ts';
import { byDate } from './report-text.ts';

/** Reports the question's selectors point at (all reports when it names none). */
export function selectReports(corpus: Corpus, u: Understanding, doc?: string, people: string[] = []): Report[] {
  let list = corpus.reports;
  if (doc) return list.filter((r) => r.id === doc);
  if (people.length) {
    // "the meeting chaired by X", "when did X attend": meetings where the person appears (as chair when asked so).
    list = list.filter((r) => corpus.facts.get(r.id)?.people.some((p) => people.includes(p.name) && (!u.chairedBy || p.role === 'chair')));
  }
  if (u.kind) list = list.filter((r) => r.kind === u.kind);
  if (u.office) {
    const re = u.office === 'ubnd' ? /UBND|Ủy ban/u : u.office === 'hdnd' ? /HĐND|Hội đồng/u : /Tỉnh ủy/u;
    list = list.filter((r) => r.office !== null && re.test(r.office));
  }
  if (u.province) list = list.filter((r) => r.province === u.province);
  if (u.term) list = list.filter((r) => r.term === u.term || r.passages.some((p) => p.text.includes(u.term as string)));
  if (u.year !== null) {
    const y = u.year;
    list = list.filter((r) => r.date.year === y || r.coveredYear === y || r.term?.startsWith(String(y)));
  }
  const sorted = [...list].sort(byDate);
  if (u.relative === 'latest') return sorted.slice(-1);
  if (u.relative === 'earliest') return sorted.slice(0, 1);
  return sorted;
}
