// The results of the current path query, computed once per graph and query.

import type { ExonetGraph } from '../core/model/types';
import { createPathIndex, findPaths, type PathResult } from '../core/paths/findPaths';
import type { PathQuery } from './slices/pathSlice';

let cache: { graph: ExonetGraph; query: PathQuery; results: PathResult[] } | null = null;
const indexes = new WeakMap<ExonetGraph, ReturnType<typeof createPathIndex>>();

export function findPathsForQuery(graph: ExonetGraph, query: PathQuery): PathResult[] {
  if (cache && cache.graph === graph && cache.query === query) return cache.results;
  let index = indexes.get(graph);
  if (!index) {
    index = createPathIndex(graph);
    indexes.set(graph, index);
  }
  const results = findPaths(index, query.from, query.to, {
    k: query.k,
    maxHops: query.maxHops,
    mode: query.undirected ? 'undirected' : 'causal',
    ...(query.effect ? { effect: query.effect } : {}),
  });
  cache = { graph, query, results };
  return results;
}
