// Named selectors for everything derived from the store, each memoised with the one memo
// helper (memoizeLast) on the identity of its inputs, so a result keeps its identity until
// an input changes and components re-render only when it does.

import { applyFilters, cancerFacets } from '../core/filter/applyFilters';
import type { VisibleSet } from '../core/filter/criteria';
import { createNameIndex, type NameIndex } from '../core/model/findNodes';
import type { ExonetGraph, GraphEdge, GraphNode } from '../core/model/types';
import type { PathResult } from '../core/paths/findPaths';
import { pathOptionsOf, type PathQuery } from '../core/paths/pathQuery';
import { memoizeLast } from './memoizeLast';
import { pathFinding } from './pathFinding';
import { useAppStore, type AppState } from './store';

export const nameIndexOf: (graph: ExonetGraph) => NameIndex = memoizeLast((g: ExonetGraph) => createNameIndex(g.nodes));

export const nodeMapOf: (graph: ExonetGraph) => Map<string, GraphNode> = memoizeLast(
  (g: ExonetGraph) => new Map(g.nodes.map((n) => [n.id, n])),
);

export const edgeMapOf: (graph: ExonetGraph) => Map<string, GraphEdge> = memoizeLast(
  (g: ExonetGraph) => new Map(g.edges.map((e) => [e.id, e])),
);

const visibleOf = memoizeLast((graph: ExonetGraph, criteria: AppState['criteria']): VisibleSet => applyFilters(graph, criteria));
/** What the filters leave visible. */
export const selectVisible = (s: AppState): VisibleSet => visibleOf(s.graph, s.criteria);

const NO_PATHS: readonly PathResult[] = [];
// findPaths keeps one index per graph object, so a new query does not rebuild it.
const pathResultsOf = memoizeLast((graph: ExonetGraph, query: PathQuery | null, core: typeof import('../core/paths/findPaths') | null): readonly PathResult[] =>
  query && core ? core.findPaths(graph, query.from, query.to, pathOptionsOf(query)) : NO_PATHS,
);
/** A new state object, so that selectors run again once path finding has loaded. */
const refresh = () => useAppStore.setState({});
/** The results of the path query, best first; empty without a query (and until path finding has loaded). */
export const selectPathResults = (s: AppState): readonly PathResult[] => pathResultsOf(s.graph, s.pathQuery, s.pathQuery ? pathFinding(refresh) : null);

/** The highlighted path, or null. */
export const selectActivePath = (s: AppState): PathResult | null => selectPathResults(s)[s.activePath] ?? null;

const cancerFacetsOf = memoizeLast((graph: ExonetGraph) => cancerFacets(graph));
/** The cancer types named by evidence, with how many edges name each. */
export const selectCancerFacets = (s: AppState) => cancerFacetsOf(s.graph);

const hallmarksOf = memoizeLast((graph: ExonetGraph) =>
  graph.nodes.filter((n) => n.type === 'hallmark').sort((a, b) => a.label.localeCompare(b.label)),
);
/** The hallmark nodes, by label. */
export const selectHallmarks = (s: AppState): GraphNode[] => hallmarksOf(s.graph);

const typeCountsOf = memoizeLast((graph: ExonetGraph) => {
  const counts = new Map<string, number>();
  for (const n of graph.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  return counts;
});
/** How many nodes of each type the graph has. */
export const selectTypeCounts = (s: AppState): Map<string, number> => typeCountsOf(s.graph);
