/** Waiting on a condition that no DOM event announces (e.g. positions settling), with a deadline and a clear message. */
import { UI_WAIT_MS } from './waits';

/** Calls `probe` until it returns a value other than undefined, at most every `intervalMs`, failing after `timeoutMs`. */
export async function pollFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = UI_WAIT_MS, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err; // the page may be mid-render; try again until the deadline
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
