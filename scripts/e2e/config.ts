/**
 * Fixed facts of the end-to-end harness: versions, cache and output folders,
 * and the browser flags that work on these machines (root, no GPU, no sandbox).
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/e2e/ is two levels down). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** code-server 4.100.3 is VS Code 1.100, the last release that runs on Node 20. */
export const codeServerVersion = '4.100.3';

/** Cache folder outside node_modules, kept between runs (listed in .gitignore). */
export const cacheDir = process.env.GRADEXP_E2E_CACHE ?? path.join(projectRoot, '.e2e-cache');

/** Where code-server lives once installed: a small npm prefix of its own. */
export const codeServerPrefix = path.join(cacheDir, `code-server-${codeServerVersion}`);

/** Binary of the installed code-server. */
export const codeServerBin = path.join(codeServerPrefix, 'node_modules', '.bin', 'code-server');

/**
 * What @vscode/ripgrep's postinstall (pinned by code-server's shrinkwrap) looks
 * for before downloading from GitHub: `$TMPDIR/vscode-ripgrep-cache-<pkg>/<asset>`.
 * The installer checks these against the shrinkwrap and fails loudly if they drift.
 */
export const ripgrepPackageVersion = '1.15.11';
export const ripgrepAsset = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** Everything one run writes: screenshots, logs, per-session folders. */
export const resultsDir = path.join(projectRoot, 'test-results');

/** Debian's Chromium (Playwright's own browser download cannot reach the internet here). */
export const chromiumPath = process.env.GRADEXP_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that let Chromium run headless as root in a container. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian packages the harness needs, and the binary or file proving each is present. */
export const debianPrerequisites: ReadonlyArray<{ pkg: string; proof: string }> = [
  { pkg: 'chromium', proof: chromiumPath },
  { pkg: 'ripgrep', proof: '/usr/bin/rg' },
  { pkg: 'libkrb5-dev', proof: '/usr/include/gssapi/gssapi.h' },
];
