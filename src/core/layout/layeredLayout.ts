// A layered left-to-right layout that reads like a signalling diagram: conditions,
// drugs and exosomal proteins on the left, pathways and cells in the middle, hallmarks on
// the right. Columns are ordered by the barycentre of their neighbours to reduce crossings.

import type { ExonetGraph, GraphNode } from '../model/types';

export interface LayeredOptions {
  columnGap?: number;
  rowGap?: number;
  /** Sweeps of barycentre ordering. */
  sweeps?: number;
}

export function layerOf(node: GraphNode): number {
  switch (node.type) {
    case 'condition':
    case 'therapy':
    case 'trial':
    case 'molecule':
      return 0;
    case 'structure':
      return 1;
    case 'protein':
      return node.exosomal ? 1 : 2;
    case 'pathway':
      return 3;
    case 'cell':
      return 4;
    case 'process':
    case 'disease':
      return 5;
    case 'hallmark':
      return 6;
  }
}

export function layeredLayout(graph: ExonetGraph, options: LayeredOptions = {}): Record<string, { x: number; y: number }> {
  const columnGap = options.columnGap ?? 420;
  const rowGap = options.rowGap ?? 56;
  const sweeps = options.sweeps ?? 6;
  const neighbours = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }
  const layers: string[][] = [];
  for (const node of graph.nodes) (layers[layerOf(node)] ??= []).push(node.id);
  const columns = layers.filter((l) => l && l.length);
  // Tall columns wrap into sub-columns, so the diagram keeps a landscape shape.
  const maxRows = Math.max(12, Math.ceil(Math.sqrt(graph.nodes.length) * 1.6));

  const order = new Map<string, number>();
  columns.forEach((col) => col.forEach((id, i) => order.set(id, i / Math.max(1, col.length - 1))));
  for (let s = 0; s < sweeps; s++) {
    for (const col of columns) {
      const bary = new Map<string, number>();
      for (const id of col) {
        const ns = neighbours.get(id) ?? [];
        bary.set(id, ns.length ? ns.reduce((sum, n) => sum + (order.get(n) ?? 0.5), 0) / ns.length : (order.get(id) ?? 0.5));
      }
      col.sort((a, b) => (bary.get(a) ?? 0) - (bary.get(b) ?? 0) || a.localeCompare(b));
      col.forEach((id, i) => order.set(id, i / Math.max(1, col.length - 1)));
    }
  }

  const positions: Record<string, { x: number; y: number }> = {};
  const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]));
  let x = 0;
  for (const col of columns) {
    // Hallmarks are drawn large with large labels, so their column is spaced wider.
    const gap = col.every((id) => typeOf.get(id) === 'hallmark') ? rowGap * 2.8 : rowGap;
    const subColumns = Math.ceil(col.length / maxRows);
    const rows = Math.ceil(col.length / subColumns);
    col.forEach((id, i) => {
      const sub = Math.floor(i / rows);
      const row = i % rows;
      positions[id] = { x: x + sub * (columnGap * 0.55), y: (row - (rows - 1) / 2) * gap + (sub % 2) * (gap / 2) };
    });
    x += columnGap + (subColumns - 1) * columnGap * 0.55;
  }
  return positions;
}
