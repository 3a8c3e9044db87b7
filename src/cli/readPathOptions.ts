// The one parser of path options on the command line, shared by `path` and
// `export --path`: the same names, defaults and limits as the explorer (core/paths/pathQuery.ts).

import { DEFAULT_PATH_QUERY, PATH_EFFECTS, PATH_LIMITS, type PathQueryOptions } from '../core/paths/pathQuery';
import type { PathEffect } from '../core/paths/pathTypes';
import { UsageError, intOption, stringOption, type OptionSpec, type ParsedArgs } from './parseArgs';

/** The options both commands accept, for their option tables. */
export const PATH_OPTION_SPECS: Readonly<Record<string, OptionSpec>> = {
  k: { value: true },
  'max-hops': { value: true },
  undirected: { value: false },
  effect: { value: true },
};

export const PATH_OPTION_NAMES = Object.keys(PATH_OPTION_SPECS);

export const PATH_OPTIONS_USAGE = `[--k N (${PATH_LIMITS.k.min}-${PATH_LIMITS.k.max})] [--max-hops H (${PATH_LIMITS.maxHops.min}-${PATH_LIMITS.maxHops.max})] [--undirected] [--effect ${PATH_EFFECTS.join('|')}]`;

export function readPathOptions(args: ParsedArgs): PathQueryOptions {
  const effect = stringOption(args, 'effect');
  if (effect !== undefined && !(PATH_EFFECTS as readonly string[]).includes(effect)) {
    throw new UsageError(`--effect must be one of ${PATH_EFFECTS.join(', ')}, not "${effect}"`);
  }
  return {
    k: intOption(args, 'k', PATH_LIMITS.k.min, PATH_LIMITS.k.max) ?? DEFAULT_PATH_QUERY.k,
    maxHops: intOption(args, 'max-hops', PATH_LIMITS.maxHops.min, PATH_LIMITS.maxHops.max) ?? DEFAULT_PATH_QUERY.maxHops,
    undirected: args.options.has('undirected'),
    effect: (effect as PathEffect | undefined) ?? null,
  };
}
