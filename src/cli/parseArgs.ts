// Command-line argument parsing: positional words and `--flag value` / `--flag` options,
// checked against what each command accepts. Bad usage is a UsageError, never a throw
// that reaches the user as a stack trace.

export class UsageError extends Error {}

export interface OptionSpec {
  /** Whether the option takes a value (`--k 5`) or is a switch (`--json`). */
  value: boolean;
}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const option = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!option) throw new UsageError(`unknown option --${name}`);
    if (!option.value) {
      if (eq >= 0) throw new UsageError(`option --${name} takes no value`);
      options.set(name, true);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`option --${name} needs a value`);
    options.set(name, value);
  }
  return { positional, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function intOption(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`--${name} must be from ${min} to ${max}, not ${raw}`);
  return n;
}

export function listOption(args: ParsedArgs, name: string): string[] {
  const raw = stringOption(args, name);
  return raw === undefined ? [] : raw.split(',').map((s) => s.trim()).filter(Boolean);
}
