// A path, or the k paths of a query, laid out for reading: a left-to-right chain with one
// column per hop, parallel paths stacked in rows, the shared end (a hallmark) at the right.
// The highlighted path runs straight along the middle row.

export interface ChainSpacing {
  column: number;
  row: number;
}

export const CHAIN_SPACING: ChainSpacing = { column: 220, row: 130 };

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Positions for the nodes of the given paths (node ids from start to end). A node's column
 * is the furthest hop at which any path reaches it, so every step goes to the right; the
 * end of the paths takes the last column. Rows: the active path on row 0, then the other
 * paths alternately below and above, a node staying in the row of the first path that
 * places it.
 */
export function chainLayout(paths: readonly (readonly string[])[], active = 0, spacing: ChainSpacing = CHAIN_SPACING): Positions {
  if (!paths.length) return {};
  const column = new Map<string, number>();
  for (const nodes of paths) nodes.forEach((id, i) => column.set(id, Math.max(column.get(id) ?? 0, i)));
  // A node reached at different hops may still sit left of its predecessor: push it right.
  for (let changed = true, guard = 0; changed && guard < 50; guard++) {
    changed = false;
    for (const nodes of paths) {
      for (let i = 1; i < nodes.length; i++) {
        const need = (column.get(nodes[i - 1]) ?? 0) + 1;
        if ((column.get(nodes[i]) ?? 0) < need) {
          column.set(nodes[i], need);
          changed = true;
        }
      }
    }
  }
  const ends = new Set(paths.map((p) => p.at(-1)!));
  const last = Math.max(...column.values());
  for (const end of ends) column.set(end, last);

  const order = [active, ...paths.map((_, i) => i).filter((i) => i !== active)].filter((i) => i < paths.length);
  const row = new Map<string, number>();
  const taken = new Set<string>();
  order.forEach((pathIndex, rank) => {
    const r = rank === 0 ? 0 : rank % 2 === 1 ? (rank + 1) / 2 : -rank / 2;
    for (const id of paths[pathIndex]) {
      if (row.has(id)) continue;
      // Two nodes never share a cell: move outwards until the cell is free.
      let rr = r;
      while (taken.has(`${column.get(id)}:${rr}`)) rr += rr >= 0 ? 1 : -1;
      row.set(id, rr);
      taken.add(`${column.get(id)}:${rr}`);
    }
  });
  const positions: Positions = {};
  for (const [id, c] of column) {
    // The start and the end sit on the middle row, whatever path placed them first.
    const r = ends.has(id) || paths.every((p) => p[0] === id) ? 0 : (row.get(id) ?? 0);
    positions[id] = { x: c * spacing.column, y: r * spacing.row };
  }
  return positions;
}
