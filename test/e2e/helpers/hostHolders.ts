/**
 * Who held the extension host: reads a V8 `.cpuprofile` of the host (the
 * extension's GRADEXP_CPU_PROFILE) and charges each sample to the innermost
 * extension on its stack — gradexp, VS Code's built-in Markdown extension, … —
 * or to the host itself. The event-loop monitor says how long the host was
 * held; this says by whom, since every extension shares that one thread.
 */

/** The parts of a `.cpuprofile` read here. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly url: string; readonly functionName: string }; readonly children?: readonly number[] }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One holder's share of the profiled window. */
export interface Holder {
  /** An extension's folder name (e.g. `markdown-language-features`, `gradexp.gradexp-0.1.0`), or `extension host`. */
  readonly name: string;
  /** CPU time in ms charged to it over the window. */
  readonly totalMs: number;
  /**
   * Its longest run of consecutive samples (garbage collection in between counts as its own), in ms.
   * An upper bound of its longest hold of the event loop: the profile does not mark turns, so
   * tasks that ran back to back (slices yielding with setImmediate) count as one run.
   */
  readonly longestMs: number;
}

const IDLE = new Set(['(idle)', '(program)']);
const GC = '(garbage collector)';

/** The extension a script URL belongs to: the folder under `/extensions/`, if any. */
function extensionOf(url: string): string | undefined {
  return /\/extensions\/([^/]+)\//.exec(url)?.[1];
}

/** Every holder of the profiled window, the longest holder first. */
export function hostHolders(profile: CpuProfile): Holder[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ownerCache = new Map<number, string | null>();
  // null: idle; GC: garbage collection (charged to whoever was holding); otherwise a holder's name.
  const ownerOf = (id: number): string | null => {
    const cached = ownerCache.get(id);
    if (cached !== undefined) return cached;
    const leaf = byId.get(id)!.callFrame.functionName;
    let owner: string | null = IDLE.has(leaf) ? null : leaf === GC ? GC : 'extension host';
    if (owner === 'extension host') {
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
        const ext = extensionOf(byId.get(x)!.callFrame.url);
        if (ext) {
          owner = ext;
          break;
        }
      }
    }
    ownerCache.set(id, owner);
    return owner;
  };
  const totals = new Map<string, number>();
  const longest = new Map<string, number>();
  let run: { name: string; ms: number } | undefined;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000; // a sample lasts until the next one
    const owner = ownerOf(id);
    if (owner === null) return void (run = undefined);
    const name = owner === GC ? run?.name : owner;
    if (name === undefined) return;
    totals.set(name, (totals.get(name) ?? 0) + ms);
    run = run?.name === name ? { name, ms: run.ms + ms } : { name, ms };
    longest.set(name, Math.max(longest.get(name) ?? 0, run.ms));
  });
  return [...totals.keys()]
    .map((name) => ({ name, totalMs: totals.get(name)!, longestMs: longest.get(name)! }))
    .sort((a, b) => b.longestMs - a.longestMs);
}

/** "markdown-language-features 9,695 ms (longest 7,811 ms)" for the first `count` holders. */
export function describeHolders(holders: readonly Holder[], count = 4): string {
  return holders
    .slice(0, count)
    .map((h) => `${h.name} ${Math.round(h.totalMs)} ms (longest ${Math.round(h.longestMs)} ms)`)
    .join(', ');
}
