/**
 * Packages the extension as a .vsix (the same artefact a user installs) and
 * installs it into a fresh extensions folder of code-server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from './config';
import { runLogged } from './processes';

/**
 * Builds and packages the extension in `extensionDir` into `vsixPath`: a
 * production build (`npm run build -- --production` when the folder has a
 * build script), then `vsce package --no-dependencies` honouring its
 * .vscodeignore. vsce is called directly rather than through `npm run package`
 * so that the flags fit a local install: no repository is needed, and README
 * image links are left as they are (rewriting them needs a repository URL,
 * which only matters for the Marketplace page).
 */
export async function packageExtension(extensionDir: string, vsixPath: string, logFile: string): Promise<string> {
  fs.rmSync(vsixPath, { force: true });
  const manifest = readManifest(extensionDir);
  const timeoutMs = 5 * 60_000;
  if (manifest.scripts?.build) {
    const production = path.resolve(extensionDir) === projectRoot ? ['--', '--production'] : [];
    await runLogged('npm', ['run', 'build', ...production], { cwd: extensionDir, logFile, timeoutMs });
  }
  const vsce = path.join(projectRoot, 'node_modules', '.bin', 'vsce');
  await runLogged(
    vsce,
    ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsixPath],
    { cwd: extensionDir, logFile, timeoutMs },
  );
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
    { logFile, timeoutMs: 2 * 60_000 },
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
