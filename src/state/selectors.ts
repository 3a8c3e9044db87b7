// Named selectors and the derived values computed from the store, memoised on the
// identity of their inputs so components re-render only when the result changes.

import { applyFilters, cancerFacets } from '../core/filter/applyFilters';
import type { FilterCriteria, VisibleSet } from '../core/filter/criteria';
import { createNameIndex, type NameIndex } from '../core/model/findNodes';
import type { ExonetGraph, GraphEdge, GraphNode } from '../core/model/types';
import type { AppState } from './store';

function memoByIdentity<A extends object, R>(fn: (a: A) => R): (a: A) => R {
  const cache = new WeakMap<A, R>();
  return (a) => {
    let r = cache.get(a);
    if (r === undefined) {
      r = fn(a);
      cache.set(a, r);
    }
    return r;
  };
}

export const selectGraph = (s: AppState) => s.graph;
export const selectCriteria = (s: AppState) => s.criteria;
export const selectSelection = (s: AppState) => s.selection;

let lastVisible: { graph: ExonetGraph; criteria: FilterCriteria; result: VisibleSet } | null = null;
/** The visible set for the current graph and criteria, recomputed only when either changes. */
export function selectVisible(s: AppState): VisibleSet {
  if (lastVisible && lastVisible.graph === s.graph && lastVisible.criteria === s.criteria) return lastVisible.result;
  const result = applyFilters(s.graph, s.criteria);
  lastVisible = { graph: s.graph, criteria: s.criteria, result };
  return result;
}

export const nameIndexOf: (graph: ExonetGraph) => NameIndex = memoByIdentity((g: ExonetGraph) => createNameIndex(g.nodes));

export const nodeMapOf: (graph: ExonetGraph) => Map<string, GraphNode> = memoByIdentity(
  (g: ExonetGraph) => new Map(g.nodes.map((n) => [n.id, n])),
);

export const edgeMapOf: (graph: ExonetGraph) => Map<string, GraphEdge> = memoByIdentity(
  (g: ExonetGraph) => new Map(g.edges.map((e) => [e.id, e])),
);

export const cancerFacetsOf = memoByIdentity((g: ExonetGraph) => cancerFacets(g));

export const hallmarksOf = memoByIdentity((g: ExonetGraph) =>
  g.nodes.filter((n) => n.type === 'hallmark').sort((a, b) => a.label.localeCompare(b.label)),
);
