// What an export covers: the current view (a picture as on screen; as data, the visible
// subgraph), the whole graph, the visible subgraph, the selection (with its neighbours) or
// the highlighted path, as a set of node and edge ids of the current graph.

import { selectActivePath, selectVisible } from './selectors';
import type { AppState } from './store';

export type ExportScope = 'view' | 'whole' | 'visible' | 'selection' | 'path';

export const SCOPE_LABELS: Record<ExportScope, string> = {
  view: 'Current view (as on screen)',
  whole: 'Whole graph',
  visible: 'Visible (filtered) subgraph',
  selection: 'Selection and its neighbours',
  path: 'Highlighted path',
};

export interface ExportTarget {
  nodes: string[];
  edges: string[];
}

export function exportTarget(s: AppState, scope: ExportScope): ExportTarget | null {
  const g = s.graph;
  if (scope === 'whole') return { nodes: g.nodes.map((n) => n.id), edges: g.edges.map((e) => e.id) };
  const visible = selectVisible(s);
  if (scope === 'visible' || scope === 'view') return { nodes: [...visible.nodes], edges: [...visible.edges] };
  if (scope === 'path') {
    const path = selectActivePath(s);
    return path ? { nodes: path.nodes, edges: path.edges } : null;
  }
  if (!s.selection) return null;
  if (s.selection.kind === 'edge') {
    const edge = g.edges.find((e) => e.id === s.selection?.id);
    return edge ? { nodes: [edge.source, edge.target], edges: [edge.id] } : null;
  }
  const id = s.selection.id;
  const edges = g.edges.filter((e) => (e.source === id || e.target === id) && visible.edges.has(e.id));
  return { nodes: [...new Set([id, ...edges.flatMap((e) => [e.source, e.target])])], edges: edges.map((e) => e.id) };
}
