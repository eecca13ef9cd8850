/** Progress of long work: a bar on a terminal, a log line every few seconds otherwise. */
import { log } from './log.ts';

export function progressReporter(label: string): (done: number, total: number) => void {
  const tty = Boolean(process.stderr.isTTY);
  let lastLog = 0;
  return (done, total) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (tty) {
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${done}/${total})${done === total ? '\n' : ''}`);
    } else if (Date.now() - lastLog > 2000 || done === total) {
      lastLog = Date.now();
      log.info(`${label}: ${done}/${total} (${pct}%)`);
    }
  };
}
