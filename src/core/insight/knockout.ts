// Knock-out what-if: take nodes out of the graph and see which exosomal protein → hallmark
// pairs lose every causal path within maxHops. Removing nodes never adds a path, so every
// pair either keeps its path, loses it, or had none.

import type { ExonetGraph } from '../model/types';
import { pathIndexOf, type PathIndex } from '../paths/pathIndex';
import { causalMatrix, cellsByPair, pairKey } from './causalMatrix';
import { checkMaxHops, type KnockoutResult, type ProteinHallmarkPair } from './insightTypes';

/**
 * The pairs lost when `removed` are knocked out. The removed nodes themselves are no
 * endpoint of any pair, before or after; unknown ids are ignored (callers resolve names).
 */
export function knockOut(graph: ExonetGraph | PathIndex, removed: readonly string[], options: { maxHops?: number } = {}): KnockoutResult {
  const maxHops = checkMaxHops(options.maxHops);
  const index = pathIndexOf(graph);
  const known = [...new Set(removed)].filter((id) => index.hasNode(id)).sort();
  const before = causalMatrix(index, { maxHops, removed: [] });
  const after = causalMatrix(index, { maxHops, removed: known });
  const gone = new Set(known);
  const afterCells = cellsByPair(after);
  const lost: ProteinHallmarkPair[] = [];
  let kept = 0;
  for (const cell of before.cells) {
    if (gone.has(cell.row) || gone.has(cell.column)) continue;
    if (afterCells.has(pairKey(cell.row, cell.column))) kept++;
    else lost.push({ from: cell.row, to: cell.column });
  }
  return { removed: known, lost, kept, before, after };
}
