/** The JSON file a test harness reads the event-loop figures from (no `vscode`: unit-tested). */
import * as fs from 'node:fs';
import type { EventLoopStats } from './loopStats';

/** Environment variable naming a file that receives each report as JSON. */
export const REPORT_FILE_ENV = 'GRADEXP_EVENT_LOOP_REPORT';

/** What the report file holds: the stats and which command wrote them. */
export interface EventLoopReportFile extends EventLoopStats {
  readonly reason: 'report' | 'reset';
}

/** Writes the report file atomically (a reader never sees half a JSON); failures are logged, never thrown. */
export function writeReportFile(file: string, content: EventLoopReportFile, log: (line: string) => void): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, JSON.stringify(content, null, 2));
    fs.renameSync(temp, file);
  } catch (err) {
    log(`could not write the responsiveness report to ${file}: ${(err as Error).message}`);
    fs.rmSync(temp, { force: true });
  }
}
