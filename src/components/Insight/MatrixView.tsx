// The protein × hallmark matrix view: rows sortable, the counts, the legend, CSV and PNG
// export; clicking a cell shows its paths in the path finder and on the map.

import { useState } from 'react';
import { matrixToCsv } from '../../core/insight/matrixCsv';
import { saveFile } from '../../io/saveFile';
import { selectInsightGraph, selectMatrix } from '../../state/insightSelectors';
import { nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CELL_VISUALS, SIGN_LEGEND } from './cellVisual';
import { MatrixGrid } from './MatrixGrid';
import { canvasToPngBlob, drawMatrixPicture } from './matrixPicture';
import { sortRows } from './sortRows';

export function MatrixView() {
  const graph = useAppStore((s) => s.graph);
  const insightGraph = useAppStore(selectInsightGraph);
  const matrix = useAppStore(selectMatrix);
  const sort = useAppStore((s) => s.matrixSort);
  const setSort = useAppStore((s) => s.setMatrixSort);
  const maxHops = useAppStore((s) => s.insight.maxHops);
  const showPairPaths = useAppStore((s) => s.showPairPaths);
  const notify = useAppStore((s) => s.notify);
  const [onlyReaching, setOnlyReaching] = useState(false);
  const nodes = nodeMapOf(graph);
  const reaching = new Set(matrix.cells.map((c) => c.row));
  const rows = sortRows(matrix, nodes, sort).filter((r) => !onlyReaching || reaching.has(r));
  const filtered = insightGraph !== graph;
  const summary = `${matrix.rows.length} exosomal proteins × ${matrix.columns.length} hallmarks: ${matrix.cells.length} pairs joined by a causal path of at most ${maxHops} steps, from ${reaching.size} proteins${filtered ? ' (evidence filtered by cancer type or section)' : ''}`;

  const exportPng = async () => {
    try {
      const canvas = drawMatrixPicture({ matrix, rows, label: (id) => nodes.get(id)?.label ?? id, title: `Exosomal proteins × hallmarks (causal paths of at most ${maxHops} steps)` });
      saveFile('exonet-matrix.png', await canvasToPngBlob(canvas), 'image/png');
    } catch (error) {
      notify({ kind: 'error', text: `The picture could not be made: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <div className="matrix-view">
      <div className="insight-actions">
        <label>
          Sort rows{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as typeof sort)}>
            <option value="reached">by hallmarks reached</option>
            <option value="name">by name</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={onlyReaching} onChange={(e) => setOnlyReaching(e.target.checked)} /> Only proteins that reach a hallmark
        </label>
        <button type="button" onClick={() => saveFile('exonet-matrix.csv', matrixToCsv(graph, { ...matrix, rows }), 'text/csv')}>Export CSV</button>
        <button type="button" onClick={exportPng}>Export PNG</button>
      </div>
      <p className="hint" role="status" data-testid="matrix-summary">{summary}</p>
      <ul className="matrix-legend" aria-label="Cell legend">
        {SIGN_LEGEND.map(({ sign, text }) => (
          <li key={sign}><span className={`swatch ${CELL_VISUALS[sign].className}`} aria-hidden="true">{CELL_VISUALS[sign].symbol}</span> {CELL_VISUALS[sign].word}: {text}</li>
        ))}
        <li>the number is the fewest steps; click a cell for its paths</li>
      </ul>
      <div className="matrix-scroll">
        <MatrixGrid matrix={matrix} rows={rows} nodes={nodes} caption="Exosomal proteins × hallmarks of cancer" onCell={(row, column) => showPairPaths(row, column)} testId="insight-matrix" />
      </div>
    </div>
  );
}
