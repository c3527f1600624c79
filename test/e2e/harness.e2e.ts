/**
 * The harness's own promises, checked without VS Code: a stopped process
 * group takes its grandchildren with it, the registry kills what a crashed
 * scenario left, and the fixture oracles read the notes as intended.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, inject, test } from 'vitest';
import { killRegisteredGroups, signalGroup, spawnGroup } from '../../scripts/e2e/processes';
import { fixtureText, formulasOutsideCode, gradexpFenceLines } from './helpers/notes';
import { pollFor } from './helpers/poll';
import { scaled } from './helpers/waits';

/** True while a process exists (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts `sh` that forks a long sleep in the background and prints its pid, like code-server forking its hosts. */
async function shellWithGrandchild(name: string, registry?: string) {
  const dir = path.join(inject('e2e').runDir, 'harness');
  fs.mkdirSync(dir, { recursive: true });
  const logFile = path.join(dir, `${name}.log`);
  const group = spawnGroup('sh', ['-c', 'sleep 300 & echo $! ; wait'], { logFile, registry });
  const grandchild = await pollFor('the grandchild pid', async () => {
    const pid = Number(fs.readFileSync(logFile, 'utf8').trim());
    return pid > 0 ? pid : undefined;
  }, scaled(30_000), 20);
  return { group, grandchild };
}

test('stopping a group also stops the processes its leader forked', async () => {
  const { group, grandchild } = await shellWithGrandchild('stop');
  expect(alive(grandchild)).toBe(true);
  await group.stop(2000);
  expect(group.hasExited()).toBe(true);
  await pollFor('the grandchild to die', async () => (alive(grandchild) ? undefined : true), scaled(30_000), 20);
});

test('the registry kills a group nobody stopped, and forgets groups stopped in good order', async () => {
  const registry = path.join(inject('e2e').runDir, 'harness', 'registry.txt');
  fs.writeFileSync(registry, '');
  const orphan = await shellWithGrandchild('orphan', registry);
  const tidy = await shellWithGrandchild('tidy', registry);
  await tidy.group.stop(2000);
  expect(fs.readFileSync(registry, 'utf8').trim()).toBe(String(orphan.group.pid));
  expect(killRegisteredGroups(registry)).toBe(1);
  await orphan.group.exited;
  await pollFor('the orphan grandchild to die', async () => (alive(orphan.grandchild) ? undefined : true), scaled(30_000), 20);
  expect(signalGroup(orphan.group.pid, 'SIGTERM')).toBe(false); // the group is gone
  expect(fs.readFileSync(registry, 'utf8')).toBe('');
});

test('the fixture oracles: four blocks, and no formula from code', () => {
  const note = fixtureText('vanishing-gradients.md');
  expect(gradexpFenceLines(note)).toHaveLength(4);
  const formulas = formulasOutsideCode(note);
  expect(formulas).toContain('0.9^{100} \\approx 2 \\times 10^{-5}');
  expect(formulas).toContain('1.5^{100} \\approx 4 \\times 10^{17}');
  // The ones inside inline code and a fenced python block.
  expect(formulas).not.toContain('1.5^{100} \\approx 7');
  expect(formulas).not.toContain('0.5^{2} \\approx 9');
  expect(formulas).toHaveLength(11);
});
