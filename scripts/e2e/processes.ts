/**
 * Child processes the harness starts, each in a process group of its own, so
 * stopping one stops everything it spawned (code-server forks an extension
 * host, a pty host and file watchers). Every group is also written to a
 * registry file, so the run's teardown or signal handler can stop what a
 * crashed test left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';

/** A running process group started by {@link spawnGroup}. */
export interface ProcessGroup {
  /** The leader's pid, which is also the group id. */
  readonly pid: number;
  /** Resolves with the exit code (or signal name) once the leader exits. */
  readonly exited: Promise<number | string>;
  /** True once the leader has exited. */
  hasExited(): boolean;
  /** Stops the whole group: SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Options of {@link spawnGroup}. */
export interface SpawnGroupOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Both output streams are appended here (the child never shares our terminal). */
  readonly logFile: string;
  /** Registry file to record the group in (see {@link killRegisteredGroups}). */
  readonly registry?: string;
}

/** Starts `command args` as the leader of a new process group, its output going to a log file. */
export function spawnGroup(command: string, args: readonly string[], options: SpawnGroupOptions): ProcessGroup {
  const log = fs.openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true, // setsid(): the child leads a new group we can signal as a whole
      stdio: ['ignore', log, log],
    });
  } finally {
    fs.closeSync(log);
  }
  if (child.pid === undefined) throw new Error(`could not start ${command} (see ${options.logFile})`);
  const pid = child.pid;
  let done = false;
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      resolve(code ?? signal ?? 'unknown');
    });
    child.once('error', (err) => {
      done = true;
      resolve(err.message);
    });
  });
  if (options.registry) fs.appendFileSync(options.registry, `${pid}\n`);
  ownGroups.add(pid);
  return {
    pid,
    exited,
    hasExited: () => done,
    async stop(graceMs = 5000) {
      signalGroup(pid, 'SIGTERM');
      const timedOut = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(true), graceMs).unref()),
      ]);
      // The leader may be gone while children of the group linger: always finish with SIGKILL.
      signalGroup(pid, 'SIGKILL');
      if (timedOut) await exited;
      ownGroups.delete(pid);
      if (options.registry) unregister(options.registry, pid);
    },
  };
}

/** Groups started by this process and not yet stopped; killed on exit as a last resort. */
const ownGroups = new Set<number>();
process.once('exit', () => {
  for (const pid of ownGroups) signalGroup(pid, 'SIGKILL');
});

/** Sends a signal to a whole process group; a group that no longer exists is not an error. */
export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw err;
  }
}

/** Removes a group stopped in good order from the registry, so teardown reports only real leftovers. */
function unregister(registry: string, pid: number): void {
  if (!fs.existsSync(registry)) return;
  const rest = fs.readFileSync(registry, 'utf8').split('\n').filter((line) => line.trim() !== '' && Number(line) !== pid);
  fs.writeFileSync(registry, rest.map((line) => `${line}\n`).join(''));
}

/** Kills every group listed in a registry file (synchronous: safe inside exit and signal handlers). */
export function killRegisteredGroups(registry: string): number {
  if (!fs.existsSync(registry)) return 0;
  let killed = 0;
  for (const line of fs.readFileSync(registry, 'utf8').split('\n')) {
    const pid = Number(line.trim());
    if (Number.isInteger(pid) && pid > 1 && signalGroup(pid, 'SIGKILL')) killed++;
  }
  fs.writeFileSync(registry, '');
  return killed;
}

/** Runs a command to completion, its output going to a log file; rejects with the log's tail on failure. */
export async function runLogged(
  command: string,
  args: readonly string[],
  options: Omit<SpawnGroupOptions, 'registry'> & { timeoutMs: number; registry?: string },
): Promise<void> {
  const group = spawnGroup(command, args, options);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void group.stop(1000);
  }, options.timeoutMs);
  const result = await group.exited;
  clearTimeout(timer);
  await group.stop(0); // reap any grandchildren left in the group
  if (result !== 0) {
    const why = timedOut ? `timed out after ${options.timeoutMs} ms` : typeof result === 'number' ? `exit code ${result}` : result;
    throw new Error(
      `${command} ${args.join(' ')} failed (${why}); last lines of ${options.logFile}:\n${tail(options.logFile, 25)}`,
    );
  }
}

/** The last `lines` lines of a text file, or a note that it is missing. */
export function tail(file: string, lines: number): string {
  if (!fs.existsSync(file)) return `(no ${file})`;
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
