// The shape of a CLI command: a registered object with its name, usage, options and run.

import type { OptionSpec, ParsedArgs } from './parseArgs';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
  run(args: ParsedArgs, io: Output): number;
}

export const GRAPH_OPTION: Record<string, OptionSpec> = { graph: { value: true } };
