// Fewest causal steps from one node to every other, and the net signs of ALL the shortest
// causal paths, in one breadth-first pass: O(nodes + steps) per source.
//
// Instead of counting shortest paths (which overflows on dense graphs) each node keeps the
// set of net signs its shortest paths from the source have, as three bits. A node at
// distance d + 1 gathers the sets of its predecessors at distance d, each turned by the
// step's sign; the layers are processed in order, so every set is complete before it is
// passed on. Shortest walks are simple paths (a walk that repeats a node can be shortened),
// so these are exactly the shortest simple paths that findPaths enumerates.

import type { Sign } from '../model/types';
import type { PathIndex } from '../paths/pathIndex';

export const PROMOTES = 1;
export const SUPPRESSES = 2;
export const UNSIGNED = 4;

/** The set of signs after a step of sign `sign`. */
export function turnSigns(set: number, sign: number): number {
  if (sign === 1) return set;
  if (sign === -1) return (set & UNSIGNED) | ((set & PROMOTES) << 1) | ((set & SUPPRESSES) >> 1);
  return set ? UNSIGNED : 0;
}

/** 1 when every path promotes, -1 when every one suppresses, 0 otherwise. */
export function netSignOf(set: number): Sign {
  return set === PROMOTES ? 1 : set === SUPPRESSES ? -1 : 0;
}

export interface ShortestSigns {
  /** Fewest steps from the source; -1 where unreached within maxHops. */
  dist: Int32Array;
  /** The net signs of the shortest paths, as PROMOTES | SUPPRESSES | UNSIGNED bits. */
  signs: Uint8Array;
}

/**
 * Shortest causal paths from `source` over at most `maxHops` steps. Nodes with
 * `blocked[i] = 1` are neither passed through nor reached (the source is always used).
 */
export function shortestSignsFrom(index: PathIndex, source: number, maxHops: number, blocked?: Uint8Array): ShortestSigns {
  const { offsets, next, stepSign } = index.steps('causal');
  const n = index.nodeIds.length;
  const dist = new Int32Array(n).fill(-1);
  const signs = new Uint8Array(n);
  dist[source] = 0;
  signs[source] = PROMOTES;
  let frontier = [source];
  for (let d = 0; d < maxHops && frontier.length; d++) {
    const following: number[] = [];
    for (const u of frontier) {
      for (let st = offsets[u]; st < offsets[u + 1]; st++) {
        const v = next[st];
        if (blocked?.[v]) continue;
        if (dist[v] < 0) {
          dist[v] = d + 1;
          following.push(v);
        }
        if (dist[v] === d + 1) signs[v] |= turnSigns(signs[u], stepSign[st]);
      }
    }
    frontier = following;
  }
  return { dist, signs };
}
