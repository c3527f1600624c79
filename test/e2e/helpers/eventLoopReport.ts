import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { EventLoopReportFile } from '../../../src/extension/responsiveness/reportFile';
import { pollFor } from './poll';
import { runCommand } from './workbench';
import { WORK_WAIT_MS } from './waits';

/**
 * Runs one of the extension's responsiveness commands ("gradexp: Reset …" / "Show …") and
 * waits for the report it writes to `reportFile` (GRADEXP_EVENT_LOOP_REPORT). `staleFiles`
 * (e.g. the CPU profile of the previous window) are removed first, so what is read is new.
 */
export async function monitorCommand(
  page: Page,
  reportFile: string,
  title: string,
  reason: EventLoopReportFile['reason'],
  staleFiles: readonly string[] = [],
): Promise<EventLoopReportFile> {
  for (const f of [reportFile, ...staleFiles]) fs.rmSync(f, { force: true });
  await runCommand(page, title);
  return pollFor(`the extension to write its ${reason} to ${reportFile}`, async () => {
    if (!fs.existsSync(reportFile)) return undefined;
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as EventLoopReportFile;
    return report.reason === reason ? report : undefined;
  }, WORK_WAIT_MS);
}
