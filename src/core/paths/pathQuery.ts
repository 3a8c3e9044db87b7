// The path query as the explorer, the URL, stories and the CLI hold it: its type, its
// defaults and the limits every entry point accepts. The one home of these values.

import type { PathEffect, PathOptions } from './pathTypes';

export interface PathQuery {
  from: string;
  to: string;
  /** How many paths to return at most. */
  k: number;
  /** The longest path, in steps. */
  maxHops: number;
  /** Use every edge both ways instead of following signed edges in their direction. */
  undirected: boolean;
  /** Keep only paths with this net effect; null: any. */
  effect: PathEffect | null;
}

export type PathQueryOptions = Omit<PathQuery, 'from' | 'to'>;

export const DEFAULT_PATH_QUERY: Readonly<PathQueryOptions> = { k: 5, maxHops: 5, undirected: false, effect: null };

/** What the explorer, the URL and the CLI accept; one set of limits for all of them. */
export const PATH_LIMITS = { k: { min: 1, max: 20 }, maxHops: { min: 1, max: 8 } } as const;

export const PATH_EFFECTS: readonly PathEffect[] = ['promotes', 'suppresses'];

/** The options findPaths takes for a query. */
export function pathOptionsOf(query: PathQueryOptions): PathOptions {
  return {
    k: query.k,
    maxHops: query.maxHops,
    mode: query.undirected ? 'undirected' : 'causal',
    ...(query.effect ? { effect: query.effect } : {}),
  };
}

/** A whole number clamped into a limit; a value that is not a number gives the lower bound. */
export function clampToLimit(value: number, limit: { min: number; max: number }): number {
  if (!Number.isFinite(value)) return limit.min;
  return Math.min(limit.max, Math.max(limit.min, Math.round(value)));
}
