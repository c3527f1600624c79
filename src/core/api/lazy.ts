/**
 * The one way an adapter loads an expensive part of the core (or of itself)
 * on first use instead of at start-up: `lazy(() => import('…'))`. Keep the
 * `import()` at the call site, so bundlers see which module is meant (esbuild
 * turns it into a lazy initialiser, or a separate file).
 */

/** A module loaded on the first call; `loaded` is it once it has arrived (for callers that cannot wait). */
export interface Lazy<T> {
  (): Promise<T>;
  readonly loaded: T | undefined;
}

/**
 * Loads with `load` on the first call and shares that promise with every later one (a failed load is not retried).
 * `onLoaded` is told how long the load took (ms), `onFailed` why it failed.
 */
export function lazy<T>(load: () => Promise<T>, onLoaded?: (ms: number) => void, onFailed?: (err: unknown) => void): Lazy<T> {
  let promise: Promise<T> | undefined;
  let value: T | undefined;
  const get = (): Promise<T> => {
    if (!promise) {
      const started = Date.now();
      promise = load();
      promise.then(
        (m) => {
          value = m;
          onLoaded?.(Date.now() - started);
        },
        (err: unknown) => onFailed?.(err),
      );
    }
    return promise;
  };
  return Object.defineProperty(get, 'loaded', { get: () => value }) as Lazy<T>;
}
