// The protein × hallmark matrix as CSV (RFC 4180, as the edge CSV): one row per exosomal
// protein, one column per hallmark; a cell reads "promotes 2" (net sign of the shortest
// causal paths, then their number of steps), empty where no causal path exists.

import { csvField, defuseFormula } from '../export/toEdgeCsv';
import type { ExonetGraph, Sign } from '../model/types';
import { cellsByPair, pairKey } from './causalMatrix';
import type { InsightMatrix } from './insightTypes';

export const SIGN_WORDS: Readonly<Record<Sign, string>> = { 1: 'promotes', [-1]: 'suppresses', 0: 'mixed' } as Record<Sign, string>;

export function matrixToCsv(graph: ExonetGraph, matrix: InsightMatrix): string {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const label = (id: string) => labels.get(id) ?? id;
  const cells = cellsByPair(matrix);
  const header = ['protein_id', 'protein', 'hallmarks_reached', ...matrix.columns.map(label)];
  const rows = matrix.rows.map((row) => {
    const values = matrix.columns.map((column) => {
      const cell = cells.get(pairKey(row, column));
      return cell ? `${SIGN_WORDS[cell.sign]} ${cell.hops}` : '';
    });
    return [row, label(row), String(values.filter(Boolean).length), ...values];
  });
  return [header, ...rows].map((r) => `${r.map((f, i) => csvField(i === 2 ? f : defuseFormula(f))).join(',')}\r\n`).join('');
}
