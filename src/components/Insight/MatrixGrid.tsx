// A protein × hallmark matrix as a table: a row per exosomal protein, a column per
// hallmark; a cell with a causal path shows the net sign (colour and symbol) and the fewest
// steps, and is a button when the caller can show its paths.

import { memo } from 'react';
import { cellsByPair, pairKey } from '../../core/insight/causalMatrix';
import type { InsightMatrix } from '../../core/insight/insightTypes';
import type { GraphNode } from '../../core/model/types';
import { CELL_VISUALS, steps } from './cellVisual';

interface Props {
  matrix: InsightMatrix;
  /** The rows to show, in order (a subset or reordering of matrix.rows, or removed rows). */
  rows: readonly string[];
  nodes: ReadonlyMap<string, GraphNode>;
  caption: string;
  compact?: boolean;
  /** Pairs to mark as lost (knock-out), as pairKey strings. */
  lost?: ReadonlySet<string>;
  /** Rows and columns knocked out. */
  removed?: ReadonlySet<string>;
  onCell?(row: string, column: string): void;
  testId?: string;
}

export const MatrixGrid = memo(function MatrixGrid({ matrix, rows, nodes, caption, compact, lost, removed, onCell, testId }: Props) {
  const cells = cellsByPair(matrix);
  const label = (id: string) => nodes.get(id)?.label ?? id;
  const reached = (row: string) => matrix.columns.filter((c) => cells.has(pairKey(row, c))).length;
  return (
    <table className={compact ? 'matrix compact' : 'matrix'} data-testid={testId} data-rows={rows.length} data-columns={matrix.columns.length}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="corner">Exosomal protein <span className="hint">(hallmarks reached)</span></th>
          {matrix.columns.map((c) => (
            <th scope="col" key={c} className={removed?.has(c) ? 'column-head removed' : 'column-head'} title={label(c)}>
              <span>{label(c)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const out = removed?.has(row);
          return (
            <tr key={row} className={out ? 'removed' : undefined} data-row={row}>
              <th scope="row" title={label(row)}>
                <span className="row-label">{label(row)}</span> <span className="reach-count">{out ? 'knocked out' : reached(row)}</span>
              </th>
              {matrix.columns.map((column) => {
                const key = pairKey(row, column);
                const cell = cells.get(key);
                if (!cell) {
                  const gone = lost?.has(key);
                  return (
                    <td key={column} className={gone ? 'cell lost' : 'cell empty'} data-column={column} title={gone ? `${label(row)} → ${label(column)}: lost` : undefined}>
                      {gone ? '✕' : ''}
                    </td>
                  );
                }
                const v = CELL_VISUALS[cell.sign];
                const name = `${label(row)} → ${label(column)}: ${v.word}, ${steps(cell.hops)}`;
                const content = (
                  <>
                    <span className="symbol" aria-hidden="true">{v.symbol}</span>
                    {cell.hops}
                  </>
                );
                return (
                  <td key={column} className={`cell ${v.className}`} data-column={column} data-hops={cell.hops} data-sign={cell.sign}>
                    {onCell ? (
                      <button type="button" aria-label={name} title={`${name}: show the paths`} onClick={() => onCell(row, column)}>{content}</button>
                    ) : (
                      <span title={name}>{content}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
