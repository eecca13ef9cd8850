/** All facts of one report, each tied to the passage span it came from. */
import type { Report } from '../model/report.ts';
import type { ReportFacts } from '../model/facts.ts';
import { extractAttendance } from './attendance.ts';
import { extractFigures } from './figures.ts';

export function extractFacts(report: Report): ReportFacts {
  const { people, groups } = extractAttendance(report.passages);
  return { doc: report.id, people, groups, figures: extractFigures(report) };
}
