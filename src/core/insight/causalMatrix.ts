// The protein × hallmark matrix: for every exosomal protein and hallmark joined by a causal
// path within maxHops, the fewest steps and the net sign of all the shortest paths.
// One breadth-first pass per row (shortestSigns.ts), so the whole matrix costs
// O(rows × (nodes + steps)): a few milliseconds on the review graph.

import type { ExonetGraph } from '../model/types';
import { pathIndexOf, type PathIndex } from '../paths/pathIndex';
import { matrixColumns, matrixRows } from './endpoints';
import { checkMaxHops, type InsightMatrix, type InsightOptions, type MatrixCell } from './insightTypes';
import { netSignOf, shortestSignsFrom } from './shortestSigns';

/** 1 for each removed node that the index knows. */
export function blockedMask(index: PathIndex, removed: Iterable<string>): Uint8Array {
  const blocked = new Uint8Array(index.nodeIds.length);
  for (const id of removed) {
    const i = index.indexOf.get(id);
    if (i !== undefined) blocked[i] = 1;
  }
  return blocked;
}

export function causalMatrix(graph: ExonetGraph | PathIndex, options: InsightOptions = {}): InsightMatrix {
  const maxHops = checkMaxHops(options.maxHops);
  const index = pathIndexOf(graph);
  const removed = new Set(options.removed ?? []);
  const rows = matrixRows(index.graph, removed);
  const columns = matrixColumns(index.graph, removed);
  const blocked = blockedMask(index, removed);
  const columnIndices = columns.map((id) => index.indexOf.get(id)!);
  const cells: MatrixCell[] = [];
  for (const row of rows) {
    const { dist, signs } = shortestSignsFrom(index, index.indexOf.get(row)!, maxHops, blocked);
    columns.forEach((column, j) => {
      const c = columnIndices[j];
      if (dist[c] > 0) cells.push({ row, column, hops: dist[c], sign: netSignOf(signs[c]) });
    });
  }
  return { rows, columns, cells };
}

/** The key of a cell or pair in lookups: "row>column". */
export const pairKey = (row: string, column: string) => `${row}>${column}`;

/** The cells of a matrix by pair key. */
export function cellsByPair(matrix: InsightMatrix): Map<string, MatrixCell> {
  return new Map(matrix.cells.map((c) => [pairKey(c.row, c.column), c]));
}
