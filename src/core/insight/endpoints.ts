// The rows and columns of the insight views: exosomal proteins and hallmarks.

import type { ExonetGraph, GraphNode } from '../model/types';

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function isMatrixRow(node: GraphNode): boolean {
  return node.type === 'protein' && node.exosomal === true;
}

export function isMatrixColumn(node: GraphNode): boolean {
  return node.type === 'hallmark';
}

/** The exosomal protein ids of a graph, in ordinal order, without the removed ones. */
export function matrixRows(graph: ExonetGraph, removed: ReadonlySet<string> = new Set()): string[] {
  return graph.nodes.filter((n) => isMatrixRow(n) && !removed.has(n.id)).map((n) => n.id).sort(byId);
}

/** The hallmark ids of a graph, in ordinal order, without the removed ones. */
export function matrixColumns(graph: ExonetGraph, removed: ReadonlySet<string> = new Set()): string[] {
  return graph.nodes.filter((n) => isMatrixColumn(n) && !removed.has(n.id)).map((n) => n.id).sort(byId);
}
