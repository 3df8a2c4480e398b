/** The shape every `qalam` sub-command has, and the error type for mistakes a user can make. */

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  /** One line for `qalam --help`. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A user error: printed as one line on stderr, exit status 2, never a stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Parses `--name value`, `--name=value` and boolean `--name` flags. `booleans` lists the flags that take
 * no value; `known` lists all accepted flags, so a typo is an error rather than silently ignored.
 */
export function parseArgs(args: string[], known: readonly string[], booleans: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a.length > 1) {
      const eq = a.indexOf('=');
      const name = (eq >= 0 ? a.slice(0, eq) : a).replace(/^--?/, '');
      if (!known.includes(name)) throw new CliError(`unknown option ${a.slice(0, eq >= 0 ? eq : undefined)}`);
      if (booleans.includes(name)) {
        if (eq >= 0) throw new CliError(`option --${name} takes no value`);
        flags.set(name, true);
      } else if (eq >= 0) {
        flags.set(name, a.slice(eq + 1));
      } else {
        const v = args[i + 1];
        if (v === undefined) throw new CliError(`option --${name} needs a value`);
        flags.set(name, v);
        i++;
      }
    } else {
      positional.push(a);
    }
  }
  return { positional, flags };
}

/** The value of a flag restricted to `choices`, or `fallback` when absent. */
export function choice<T extends string>(flags: Map<string, string | true>, name: string, choices: readonly T[], fallback: T): T {
  const v = flags.get(name);
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    throw new CliError(`--${name} must be one of ${choices.join(', ')}`);
  }
  return v as T;
}
