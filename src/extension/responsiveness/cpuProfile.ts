/**
 * A CPU profile of the extension host for finding what holds its event loop:
 * when GRADEXP_CPU_PROFILE names a file, V8's sampling profiler runs from
 * activation (restarted by "Reset Responsiveness Measurement") and "Show
 * Responsiveness Report" writes a `.cpuprofile` there (open it in Chrome
 * DevTools or VS Code). Off unless asked for: the profiler is not free.
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector';

/** Environment variable naming the `.cpuprofile` file to write. */
export const CPU_PROFILE_ENV = 'GRADEXP_CPU_PROFILE';

/** Sampling interval of the profiler, in microseconds. */
const SAMPLING_INTERVAL_US = 200;

/** Runs V8's profiler in this thread through the inspector protocol. */
export class CpuProfiler {
  private readonly session = new Session();
  private running = false;

  constructor(
    private readonly file: string,
    private readonly log: (line: string) => void,
  ) {
    this.session.connect();
    this.post('Profiler.enable');
    this.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    this.start();
  }

  /** Starts a fresh profile (the previous one, if any, is dropped). */
  start(): void {
    if (this.running) this.post('Profiler.stop');
    this.post('Profiler.start');
    this.running = true;
  }

  /** Stops the profile, writes it to the file and starts a new one. */
  write(): void {
    if (!this.running) return;
    this.session.post('Profiler.stop', (err, result) => {
      this.running = false;
      if (err) this.log(`CPU profile failed: ${err.message}`);
      else {
        try {
          fs.writeFileSync(this.file, JSON.stringify(result.profile));
          this.log(`CPU profile written to ${this.file}`);
        } catch (e) {
          this.log(`could not write the CPU profile to ${this.file}: ${(e as Error).message}`);
        }
      }
      this.start();
    });
  }

  dispose(): void {
    if (this.running) this.post('Profiler.stop');
    this.session.disconnect();
  }

  private post(method: string, params?: object): void {
    this.session.post(method, params ?? {}, (err) => err && this.log(`${method} failed: ${err.message}`));
  }
}
