// What an export covers, as a subgraph: what the filters leave visible, or the elements
// named by their ids (a path, a selection). Ids that are not in the graph are left out,
// and an edge stays only with both ends.

import { applyFilters, subgraphOf } from '../filter/applyFilters';
import type { FilterCriteria } from '../filter/criteria';
import type { ExonetGraph } from '../model/types';

export interface ElementIds {
  nodes: Iterable<string>;
  edges: Iterable<string>;
}

export function visibleSubgraph(graph: ExonetGraph, criteria: FilterCriteria): ExonetGraph {
  return subgraphOf(graph, applyFilters(graph, criteria));
}

/** The named nodes and edges (a path, several paths, a selection): only the edges named. */
export function pathSubgraph(graph: ExonetGraph, path: ElementIds): ExonetGraph {
  return subgraphOf(graph, { nodes: new Set(path.nodes), edges: new Set(path.edges) });
}
