/**
 * Packages the extension as a .vsix (the same artefact a user installs) and
 * installs it into a fresh extensions folder of code-server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from './config';
import { runLogged } from './processes';
import { scaled } from '../../test/support/timeScale';

/**
 * Builds and packages the extension in `extensionDir` into `vsixPath`. The
 * project is packaged by its own `npm run package` (production build + vsce,
 * honouring .vscodeignore), so the e2e tests install the very artefact a user
 * gets and a broken package script fails here. Any other folder (a hand-made
 * test extension) is packaged by vsce directly, with flags that suit a local
 * install.
 */
export async function packageExtension(extensionDir: string, vsixPath: string, logFile: string): Promise<string> {
  fs.rmSync(vsixPath, { force: true });
  const manifest = readManifest(extensionDir);
  const timeoutMs = scaled(10 * 60_000);
  if (path.resolve(extensionDir) === projectRoot && manifest.scripts?.package) {
    // npm appends these arguments to the script's last command, `vsce package …`.
    await runLogged('npm', ['run', 'package', '--', '--out', vsixPath], { cwd: extensionDir, logFile, timeoutMs });
  } else {
    if (manifest.scripts?.build) await runLogged('npm', ['run', 'build'], { cwd: extensionDir, logFile, timeoutMs });
    const vsce = path.join(projectRoot, 'node_modules', '.bin', 'vsce');
    await runLogged(
      vsce,
      ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsixPath],
      { cwd: extensionDir, logFile, timeoutMs },
    );
  }
  if (!fs.existsSync(vsixPath)) throw new Error(`packaging reported success but wrote no ${vsixPath}`);
  // A package that swallowed node_modules or the code-server cache would take minutes to install.
  const sizeMb = fs.statSync(vsixPath).size / 1e6;
  if (sizeMb > 25) throw new Error(`${vsixPath} is ${sizeMb.toFixed(0)} MB: check .vscodeignore`);
  return vsixPath;
}

/** Installs a .vsix into `extensionsDir` offline with code-server's own CLI. */
export async function installExtension(codeServer: string, vsixPath: string, extensionsDir: string, userDataDir: string, logFile: string): Promise<void> {
  fs.mkdirSync(extensionsDir, { recursive: true });
  await runLogged(
    codeServer,
    ['--install-extension', vsixPath, '--force', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir],
    { logFile, timeoutMs: scaled(5 * 60_000) },
  );
  const installed = fs.readdirSync(extensionsDir).filter((name) => !name.startsWith('.') && name !== 'extensions.json');
  if (installed.length === 0) throw new Error(`code-server installed nothing from ${vsixPath} (see ${logFile})`);
}

interface Manifest {
  readonly scripts?: Record<string, string>;
}

function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'package.json');
  if (!fs.existsSync(file)) throw new Error(`no package.json in ${dir}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}
