// The results of the current path query, computed once per graph and query.

import type { ExonetGraph } from '../core/model/types';
import { findPaths, type PathResult } from '../core/paths/findPaths';
import type { PathQuery } from './slices/pathSlice';

let cache: { graph: ExonetGraph; query: PathQuery; results: PathResult[] } | null = null;

export function findPathsForQuery(graph: ExonetGraph, query: PathQuery): PathResult[] {
  if (cache && cache.graph === graph && cache.query === query) return cache.results;
  // findPaths keeps one index per graph object, so repeated queries do not rebuild it.
  const results = findPaths(graph, query.from, query.to, {
    k: query.k,
    maxHops: query.maxHops,
    mode: query.undirected ? 'undirected' : 'causal',
    ...(query.effect ? { effect: query.effect } : {}),
  });
  cache = { graph, query, results };
  return results;
}
