// The order of the matrix rows: by the number of hallmarks reached (most first), or by name.

import type { InsightMatrix } from '../../core/insight/insightTypes';
import type { GraphNode } from '../../core/model/types';
import type { MatrixSort } from '../../state/slices/insightSlice';

export function sortRows(matrix: InsightMatrix, nodes: ReadonlyMap<string, GraphNode>, sort: MatrixSort): string[] {
  const label = (id: string) => nodes.get(id)?.label ?? id;
  const byName = (a: string, b: string) => label(a).localeCompare(label(b), undefined, { sensitivity: 'base' }) || (a < b ? -1 : 1);
  if (sort === 'name') return [...matrix.rows].sort(byName);
  const reached = new Map<string, number>();
  for (const c of matrix.cells) reached.set(c.row, (reached.get(c.row) ?? 0) + 1);
  return [...matrix.rows].sort((a, b) => (reached.get(b) ?? 0) - (reached.get(a) ?? 0) || byName(a, b));
}
