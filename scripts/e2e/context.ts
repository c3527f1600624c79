/**
 * What the run's global setup hands every scenario (through vitest's
 * provide/inject): where code-server is, the installed extension and where to
 * write. Types only, plus the module augmentation that types `inject('e2e')`.
 */

/** Facts of one e2e run, shared by all scenarios. */
export interface E2eRunContext {
  /** The code-server binary in the cache. */
  readonly codeServer: string;
  /** Extensions folder holding the freshly installed .vsix (shared read-only by sessions). */
  readonly extensionsDir: string;
  /** test-results/e2e: sessions, logs and screenshots of this run. */
  readonly runDir: string;
  /** File listing every process group started, so teardown can kill leftovers. */
  readonly registry: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eRunContext;
  }
}
