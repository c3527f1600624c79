/**
 * vitest global setup of the e2e run: installs code-server (cached), packages
 * and installs the extension, and guarantees that every process group any
 * scenario started is killed at the end — also on failure, Ctrl+C or SIGTERM.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TestProject } from 'vitest/node';
import { cacheDir, projectRoot } from './config';
import type { E2eRunContext } from './context';
import { handOffRegistry } from './handoff';
import { ensureCodeServer } from './installCodeServer';
import { installExtension, packageExtension } from './packageExtension';
import { killRegisteredGroups } from './processes';
import { claimRunDir, registryOf, releaseRunDir } from './runDir';

const say = (message: string) => process.stderr.write(`[e2e] ${message}\n`);

/** Prepares the run and provides {@link E2eRunContext} as `inject('e2e')`; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => void> {
  const runDir = claimRunDir();
  fs.mkdirSync(cacheDir, { recursive: true });
  const registry = registryOf(runDir);
  fs.writeFileSync(registry, '');
  handOffRegistry(registry);
  const cleanUp = () => {
    const killed = killRegisteredGroups(registry);
    if (killed > 0) say(`stopped ${killed} leftover process group(s)`);
    releaseRunDir(runDir);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', cleanUp);

  const started = Date.now();
  const codeServer = await ensureCodeServer(say);
  const extensionDir = process.env.GRADEXP_E2E_EXTENSION ?? projectRoot;
  say(`packaging ${extensionDir === projectRoot ? 'the extension' : extensionDir}`);
  const vsix = await packageExtension(extensionDir, path.join(runDir, 'extension.vsix'), path.join(runDir, 'package.log'));
  const extensionsDir = path.join(runDir, 'extensions');
  await installExtension(codeServer, vsix, extensionsDir, path.join(runDir, 'install-user-data'), path.join(runDir, 'install-extension.log'));
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const context: E2eRunContext = { codeServer, extensionsDir, runDir, registry };
  project.provide('e2e', context);
  return () => {
    cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
