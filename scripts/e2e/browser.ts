/** Launches Debian's Chromium headless through playwright-core, with the flags that work here as root. */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './config';
import { scaled } from '../../test/support/timeScale';

/**
 * Starts a browser with a fresh profile (Playwright gives each launch a new
 * temporary user-data-dir). Playwright owns the process: `browser.close()`
 * stops it, and it dies with its control pipe if our process is killed.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs], headless: true, timeout: scaled(180_000) });
}
