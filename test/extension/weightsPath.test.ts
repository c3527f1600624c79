import { describe, expect, it } from 'vitest';
import { resolveWeightsPathRule, shortToken } from '../../src/core/numeric/weightsPath';
import { resolveWeightsPath, weightsRootFor } from '../../src/extension/weights/weightsPath';

/** The one path rule (core) that the editor and the CLI both apply. */
describe('resolveWeightsPathRule', () => {
  it('names the root a path leaves: the given one, or the note folder by default', () => {
    const outside = (root?: string, name?: string) => resolveWeightsPathRule('/v/notes/n.md', '../../w.json', root, name);
    expect(outside('/v', 'current folder')).toEqual({ ok: false, reason: 'it points outside the current folder; keep weights files beside the note' });
    expect(outside()).toEqual({ ok: false, reason: "it points outside the note's folder; keep weights files beside the note" });
    expect(resolveWeightsPathRule('/v/notes/n.md', './sub/../w.json')).toEqual({ ok: true, path: '/v/notes/w.json' });
  });

  it('refuses a root that only shares a prefix with the path', () => {
    expect(resolveWeightsPathRule('/v/n.md', '../vault2/w.json', '/v').ok).toBe(false);
  });
});

describe('shortToken', () => {
  it('escapes control characters and quotes, and cuts long text with an ellipsis', () => {
    expect(shortToken('a\tb"c')).toBe('a\\tb\\"c');
    expect(shortToken('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
    expect(shortToken('\u001b[31mred')).toBe('\\u001b[31mred');
  });
});

describe('the editor wrapper', () => {
  it('puts the shortened, escaped path as written before the shared reason', () => {
    const written = `/etc/${'x'.repeat(100)}\u0007`;
    const r = resolveWeightsPath('/ws/n.md', written, '/ws');
    expect(r).toEqual({ ok: false, message: `weights: '/etc/${'x'.repeat(35)}…': it must be a path relative to the note, like ./weights.json` });
  });
});

describe('weightsRootFor (the editor)', () => {
  it('takes the workspace folder as the root, unless it is the home folder or holds it', () => {
    expect(weightsRootFor('/ws', '/home/ana')).toBe('/ws');
    expect(weightsRootFor('/home/ana/vault', '/home/ana')).toBe('/home/ana/vault');
    expect(weightsRootFor('/home/ana', '/home/ana')).toBeUndefined();
    expect(weightsRootFor('/home', '/home/ana')).toBeUndefined();
    expect(weightsRootFor('/', '/home/ana')).toBeUndefined();
    expect(weightsRootFor('/home/an', '/home/ana')).toBe('/home/an'); // a prefix of the name is not a parent
    expect(weightsRootFor('/ws', undefined)).toBe('/ws'); // remote: home unknown
    expect(weightsRootFor(undefined, '/home/ana')).toBeUndefined();
    // With home as the workspace, a note in ~/notes cannot reach ~/.secret.
    expect(resolveWeightsPath('/home/ana/notes/n.md', '../.secret/s.json', weightsRootFor('/home/ana', '/home/ana')).ok).toBe(false);
  });
});
