/**
 * A small, strict command-line parser: flags are declared up front so that a
 * misspelt flag is a usage error (exit 2), never silently ignored.
 */

/** What a command accepts: boolean flags and flags that take one value. */
export interface FlagSpec {
  readonly booleans: readonly string[];
  readonly values: Readonly<Record<string, readonly string[] | null>>; // allowed values, or null for any
}

/** Parsed command line: positional arguments and flag values. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

/** Thrown for a command line that does not fit the command; the CLI exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Whether `e` is a UsageError. By name, not instanceof: the built CLI's formula
 * half (dist/cli-formulas.js) is a separate bundle with its own copy of the class.
 */
export function isUsageError(e: unknown): e is UsageError {
  return e instanceof Error && e.name === 'UsageError';
}

/** Parse `args` against `spec`; accepts `--flag value` and `--flag=value`. */
export function parseArgs(args: readonly string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (spec.booleans.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    if (!(name in spec.values)) throw new UsageError(`unknown option --${name}`);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    const allowed = spec.values[name];
    if (allowed && !allowed.includes(value)) {
      throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not '${value}'`);
    }
    flags[name] = value;
  }
  return { positional, flags };
}
