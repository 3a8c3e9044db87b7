// What an export covers, as a subgraph: the whole graph, what the filters leave visible,
// a selection of nodes with the edges between them, or a path given by its node and edge
// ids. Ids that are not in the graph are left out, and an edge stays only with both ends.

import { applyFilters, subgraphOf } from '../filter/applyFilters';
import type { FilterCriteria } from '../filter/criteria';
import type { ExonetGraph } from '../model/types';

export interface ElementIds {
  nodes: Iterable<string>;
  edges: Iterable<string>;
}

export type SubgraphScope =
  | { kind: 'whole' }
  | { kind: 'visible'; criteria: FilterCriteria }
  | { kind: 'selection'; nodes: Iterable<string> }
  | { kind: 'path'; nodes: Iterable<string>; edges: Iterable<string> };

export function wholeGraph(graph: ExonetGraph): ExonetGraph {
  return graph;
}

export function visibleSubgraph(graph: ExonetGraph, criteria: FilterCriteria): ExonetGraph {
  return subgraphOf(graph, applyFilters(graph, criteria));
}

/** The selected nodes and every edge between two of them. */
export function selectionSubgraph(graph: ExonetGraph, nodeIds: Iterable<string>): ExonetGraph {
  const nodes = new Set(nodeIds);
  const edges = graph.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id);
  return subgraphOf(graph, { nodes, edges: new Set(edges) });
}

/** The nodes and edges of a path (or of several, their union): only the edges named. */
export function pathSubgraph(graph: ExonetGraph, path: ElementIds): ExonetGraph {
  return subgraphOf(graph, { nodes: new Set(path.nodes), edges: new Set(path.edges) });
}

export function selectSubgraph(graph: ExonetGraph, scope: SubgraphScope): ExonetGraph {
  switch (scope.kind) {
    case 'whole':
      return wholeGraph(graph);
    case 'visible':
      return visibleSubgraph(graph, scope.criteria);
    case 'selection':
      return selectionSubgraph(graph, scope.nodes);
    case 'path':
      return pathSubgraph(graph, scope);
  }
}
