// A graphology graph built from our graph: a directed multigraph whose node and edge
// attributes are our own node and edge objects, for graphology's algorithms and metrics
// (core/paths uses its own compact index, which builds far faster on large graphs).

import { MultiDirectedGraph } from 'graphology';
import type { ExonetGraph, GraphEdge, GraphNode } from './types';

export type NodeAttributes = { node: GraphNode };
export type EdgeAttributes = { edge: GraphEdge };
export type ExonetGraphology = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildGraphology(graph: ExonetGraph): ExonetGraphology {
  const g: ExonetGraphology = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  for (const node of graph.nodes) g.addNode(node.id, { node });
  for (const edge of graph.edges) g.addEdgeWithKey(edge.id, edge.source, edge.target, { edge });
  return g;
}
