/**
 * Loads a CommonJS bundle (dist/cli-formulas.js) with V8's code cache: the
 * bytecode of every function the last run compiled, kept in a file beside the
 * bundle. A `gradexp check` compiles a few thousand of the bundle's functions
 * (the Compute Engine's parser, the readings) the first time each runs; with
 * the cache, V8 deserializes them instead, in the main thread and in every
 * check worker (workers load the same bundle, see check/checkWorker.ts).
 *
 * The cache is written at the end of a run that found none, or one V8
 * rejected, or whose bundle has changed (a rebuild). It is written after the
 * work, so that it holds the functions the work compiled, not only the
 * bundle's top level. Nothing here may fail a command: an unreadable,
 * unwritable or rejected cache only means compiling as without one.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Script } from 'node:vm';

/**
 * What the cache was made for, in its file's first line: the bundle (size and
 * modification time: a rebuild changes them; V8 itself checks only the
 * source's length) and the engine (V8 rejects another version, but its check
 * happens after reading the whole file).
 */
function cacheKey(bundle: string): string {
  const { size, mtimeMs } = statSync(bundle);
  return `gradexp-code-cache 1 ${process.versions.v8} ${process.arch} ${size} ${mtimeMs}\n`;
}

/** The cache file of `bundle`. */
export function codeCacheFile(bundle: string): string {
  return `${bundle}.v8cache`;
}

/** The cached bytecode for `bundle` when the file was made for it, else undefined. */
function readCache(bundle: string, key: string): Buffer | undefined {
  try {
    const data = readFileSync(codeCacheFile(bundle));
    const header = Buffer.from(key);
    return data.length > header.length && data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Write the cache through a temporary file, so that a concurrent run never reads half of one. */
function writeCache(bundle: string, key: string, data: Buffer): void {
  const file = codeCacheFile(bundle);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, key);
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch {
    // A read-only install: every run compiles, as without a cache.
    rmSync(temporary, { force: true });
  }
}

/**
 * `require(bundle)`, compiled with the code cache beside it when there is a
 * fitting one. Only the main thread writes the cache (at exit): a worker's
 * copy would hold no more than the main thread's.
 */
export function requireWithCodeCache(bundle: string): unknown {
  const key = cacheKey(bundle);
  const cachedData = readCache(bundle, key);
  const script = new Script(wrap(readFileSync(bundle, 'utf8')), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  if (isMainThread && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => writeCache(bundle, key, script.createCachedData()));
  }
  const module = { exports: {} as unknown, filename: bundle, id: bundle, loaded: false };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  return module.exports;
}
