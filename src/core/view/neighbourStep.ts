// Moving the selection over the canvas with the arrow keys: the neighbours a node has in
// what the canvas shows, the node to start from, and the neighbour that lies in an arrow's
// direction on screen. Positions are passed in (the canvas reads them), so this stays pure.

import type { VisibleSet } from '../filter/criteria';
import type { ExonetGraph } from '../model/types';

export type ArrowDirection = 'up' | 'down' | 'left' | 'right';

export const ARROW_KEYS: Readonly<Record<string, ArrowDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export interface Point {
  x: number;
  y: number;
}

/** Screen directions: y grows downwards, as in rendered positions. */
const UNIT: Readonly<Record<ArrowDirection, Point>> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** The nodes joined to `id` by a shown edge (either direction), each once, in the graph's node order. */
export function shownNeighbours(graph: ExonetGraph, shown: VisibleSet, id: string): string[] {
  const found = new Set<string>();
  for (const e of graph.edges) {
    if (!shown.edges.has(e.id)) continue;
    if (e.source === id && e.target !== id) found.add(e.target);
    else if (e.target === id && e.source !== id) found.add(e.source);
  }
  return graph.nodes.filter((n) => found.has(n.id) && shown.nodes.has(n.id)).map((n) => n.id);
}

/** How many shown edges touch a node. */
export function shownDegree(graph: ExonetGraph, shown: VisibleSet, id: string): number {
  let n = 0;
  for (const e of graph.edges) if (shown.edges.has(e.id) && (e.source === id || e.target === id)) n++;
  return n;
}

/** The shown node with the most shown edges (the first in node order on a tie); null when none is shown. */
export function mostConnected(graph: ExonetGraph, shown: VisibleSet): string | null {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    if (!shown.edges.has(e.id)) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestDegree = -1;
  for (const n of graph.nodes) {
    if (!shown.nodes.has(n.id)) continue;
    const d = degree.get(n.id) ?? 0;
    if (d > bestDegree) {
      best = n.id;
      bestDegree = d;
    }
  }
  return best;
}

/**
 * The candidate an arrow moves to from `from`: among those ahead in the arrow's direction
 * (a positive step along it), the nearest, where sideways distance counts twice. With none
 * ahead, the next candidate in the given order after `previous` (the node last left), so
 * that repeated presses still visit every neighbour. Null without candidates.
 */
export function neighbourInDirection(
  from: Point,
  candidates: ReadonlyArray<{ id: string; position: Point }>,
  direction: ArrowDirection,
  previous: string | null = null,
): string | null {
  if (!candidates.length) return null;
  const unit = UNIT[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.position.x - from.x;
    const dy = c.position.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    if (along <= 0) continue;
    const sideways = Math.abs(dx * unit.y - dy * unit.x);
    const score = along + 2 * sideways;
    if (score < bestScore) {
      best = c.id;
      bestScore = score;
    }
  }
  if (best !== null) return best;
  const at = candidates.findIndex((c) => c.id === previous);
  return candidates[(at + 1) % candidates.length].id;
}
