/**
 * Installs code-server once into the cache folder, offline except for the npm
 * registry, and reuses it on later runs. The install is built in a temporary
 * folder and renamed into place, so an interrupted install never looks done.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  cacheDir,
  codeServerBin,
  codeServerPrefix,
  codeServerVersion,
  debianPrerequisites,
  ripgrepAsset,
  ripgrepPackageVersion,
} from './config';
import { runLogged } from './processes';
import { scaled } from '../../test/support/timeScale';

const marker = path.join(codeServerPrefix, '.installed');

/** Returns the code-server binary, installing code-server into the cache first if it is not there. */
export async function ensureCodeServer(say: (message: string) => void): Promise<string> {
  assertPrerequisites(); // also when cached: a missing Chromium should fail here, clearly, not at the first scenario
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === codeServerVersion && fs.existsSync(codeServerBin)) {
    return codeServerBin;
  }
  const started = Date.now();
  say(`installing code-server ${codeServerVersion} into ${path.relative(process.cwd(), codeServerPrefix)} (once; about a minute)`);
  const staging = `${codeServerPrefix}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'gradexp-e2e-code-server', private: true }));
  const tmp = path.join(staging, 'tmp');
  placeRipgrepTarball(tmp);
  const logFile = path.join(cacheDir, 'code-server-install.log');
  fs.writeFileSync(logFile, '');
  try {
    await runLogged(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--unsafe-perm', `code-server@${codeServerVersion}`],
      {
        cwd: staging,
        logFile,
        timeoutMs: scaled(20 * 60_000),
        // code-server's postinstall runs `npm install` in lib/vscode and node-gyp; as root
        // it refuses without unsafe-perm, and npx must not wait for a "yes" on stdin.
        // TMPDIR points @vscode/ripgrep's postinstall at the pre-placed tarball.
        env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true', TMPDIR: tmp },
      },
    );
    verifyInstall(staging);
  } catch (err) {
    throw new Error(
      `installing code-server failed: ${(err as Error).message}\n` +
        `(if @vscode/ripgrep tried to download, its expected version or asset name changed: see scripts/e2e/config.ts)`,
    );
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(codeServerPrefix, { recursive: true, force: true });
  fs.renameSync(staging, codeServerPrefix);
  fs.writeFileSync(marker, codeServerVersion);
  say(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return codeServerBin;
}

/** Fails with the apt-get command to run when a Debian package the harness needs is missing. */
export function assertPrerequisites(): void {
  const missing = debianPrerequisites.filter((p) => !fs.existsSync(p.proof)).map((p) => p.pkg);
  if (missing.length > 0) {
    throw new Error(`missing Debian packages: ${missing.join(', ')}. Run: apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) throw new Error(`code-server ${codeServerVersion} needs Node 20; this is Node ${process.versions.node}`);
  if (process.arch !== 'x64') throw new Error(`the e2e harness pre-places an x86_64 ripgrep; this machine is ${process.arch}`);
}

/** Puts a tarball holding Debian's `rg` at its root where @vscode/ripgrep's postinstall looks before downloading. */
function placeRipgrepTarball(tmp: string): void {
  const dir = path.join(tmp, `vscode-ripgrep-cache-${ripgrepPackageVersion}`);
  fs.mkdirSync(dir, { recursive: true });
  const stage = path.join(tmp, 'rg-stage');
  fs.mkdirSync(stage, { recursive: true });
  fs.copyFileSync('/usr/bin/rg', path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  execFileSync('tar', ['-czf', path.join(dir, ripgrepAsset), '-C', stage, 'rg']);
}

/** Checks that the install is complete and used the pinned ripgrep (so the pre-placed tarball was the one taken). */
function verifyInstall(prefix: string): void {
  const vscodeDir = path.join(prefix, 'node_modules', 'code-server', 'lib', 'vscode');
  const rgPackage = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'package.json');
  if (!fs.existsSync(rgPackage)) throw new Error(`code-server's postinstall did not run (no ${rgPackage})`);
  const version = (JSON.parse(fs.readFileSync(rgPackage, 'utf8')) as { version: string }).version;
  if (version !== ripgrepPackageVersion) {
    throw new Error(`code-server now pins @vscode/ripgrep ${version}, the harness expects ${ripgrepPackageVersion}`);
  }
  const rg = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!fs.existsSync(rg)) throw new Error(`ripgrep binary missing at ${rg}`);
}
