// Contradictions: exosomal protein → hallmark pairs with both a promoting and a suppressing
// causal path within maxHops, each side's best path (findPaths' ranking) to set side by side.
//
// A signed breadth-first search over (node, net sign) states first finds the signs that any
// causal walk within maxHops can have; a sign no walk has, no simple path has either, so
// findPaths runs only for pairs that may have both.

import type { ExonetGraph } from '../model/types';
import { findPaths } from '../paths/findPaths';
import { pathIndexOf, type PathIndex } from '../paths/pathIndex';
import { matrixColumns, matrixRows } from './endpoints';
import { checkMaxHops, type Contradiction, type InsightOptions } from './insightTypes';
import { blockedMask } from './causalMatrix';
import { PROMOTES, SUPPRESSES, turnSigns } from './shortestSigns';

/** For each node, the net signs (PROMOTES | SUPPRESSES bits) of the causal walks of at most maxHops steps from source. */
export function walkSignsFrom(index: PathIndex, source: number, maxHops: number, blocked?: Uint8Array): Uint8Array {
  const { offsets, next, stepSign } = index.steps('causal');
  const seen = new Uint8Array(index.nodeIds.length);
  seen[source] = PROMOTES;
  // Each frontier entry is a node and the one sign bit it was reached with.
  let frontier: Array<[number, number]> = [[source, PROMOTES]];
  for (let d = 0; d < maxHops && frontier.length; d++) {
    const following: Array<[number, number]> = [];
    for (const [u, bit] of frontier) {
      for (let st = offsets[u]; st < offsets[u + 1]; st++) {
        const v = next[st];
        const turned = turnSigns(bit, stepSign[st]) & (PROMOTES | SUPPRESSES);
        if (!turned || blocked?.[v] || seen[v] & turned) continue;
        seen[v] |= turned;
        following.push([v, turned]);
      }
    }
    frontier = following;
  }
  return seen;
}

export function findContradictions(graph: ExonetGraph | PathIndex, options: InsightOptions = {}): Contradiction[] {
  const maxHops = checkMaxHops(options.maxHops);
  const index = pathIndexOf(graph);
  const removed = [...new Set(options.removed ?? [])];
  const gone = new Set(removed);
  const columns = matrixColumns(index.graph, gone);
  const blocked = blockedMask(index, removed);
  const pairs: Contradiction[] = [];
  for (const row of matrixRows(index.graph, gone)) {
    const signs = walkSignsFrom(index, index.indexOf.get(row)!, maxHops, blocked);
    for (const column of columns) {
      if (signs[index.indexOf.get(column)!] !== (PROMOTES | SUPPRESSES)) continue;
      const query = { k: 1, maxHops, avoidNodes: removed };
      const [promotes] = findPaths(index, row, column, { ...query, effect: 'promotes' });
      const [suppresses] = promotes ? findPaths(index, row, column, { ...query, effect: 'suppresses' }) : [];
      if (promotes && suppresses) pairs.push({ from: row, to: column, promotes, suppresses });
    }
  }
  return pairs;
}
