// Knock-out what-if: which protein → hallmark pairs lose every causal path without the
// chosen nodes, which keep one, and the matrix before and after side by side.

import { useState } from 'react';
import { pairKey } from '../../core/insight/causalMatrix';
import { selectKnockout } from '../../state/insightSelectors';
import { nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { KnockoutChooser } from './KnockoutChooser';
import { MatrixGrid } from './MatrixGrid';
import { sortRows } from './sortRows';

const pairs = (n: number) => `${n} protein → hallmark ${n === 1 ? 'pair' : 'pairs'}`;

export function KnockoutView() {
  const graph = useAppStore((s) => s.graph);
  const result = useAppStore(selectKnockout);
  const maxHops = useAppStore((s) => s.insight.maxHops);
  const showPairPaths = useAppStore((s) => s.showPairPaths);
  const sort = useAppStore((s) => s.matrixSort);
  const [allRows, setAllRows] = useState(false);
  const nodes = nodeMapOf(graph);
  const label = (id: string) => nodes.get(id)?.label ?? id;
  const removed = new Set(result.removed);
  const lost = new Set(result.lost.map((p) => pairKey(p.from, p.to)));
  const reaching = new Set(result.before.cells.map((c) => c.row));
  const rows = sortRows(result.before, nodes, sort).filter((r) => allRows || reaching.has(r));
  const had = result.lost.length + result.kept;

  return (
    <div className="knockout-view">
      <KnockoutChooser />
      {result.removed.length === 0 ? (
        <p className="hint" role="status" data-testid="knockout-counts" data-lost={0} data-kept={had}>
          Choose nodes to knock out: the view shows which of the {pairs(had)} joined by a causal path of at most {maxHops} steps would lose every path.
        </p>
      ) : (
        <p role="status" className="knockout-counts" data-testid="knockout-counts" data-lost={result.lost.length} data-kept={result.kept}>
          Without {result.removed.map(label).join(', ')}: <strong>{result.lost.length}</strong> of {pairs(had)} lose every causal path of at most {maxHops} steps; <strong>{result.kept}</strong> keep one.
        </p>
      )}
      {result.lost.length > 0 && (
        <details className="lost-pairs" open={result.lost.length <= 12}>
          <summary>Pairs that lose every path ({result.lost.length})</summary>
          <ul>
            {result.lost.map((p) => (
              <li key={pairKey(p.from, p.to)}>
                <button type="button" className="link-button" title="Show the paths they had, all through the knocked-out nodes" onClick={() => showPairPaths(p.from, p.to)}>
                  {label(p.from)} → {label(p.to)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <label className="check">
        <input type="checkbox" checked={allRows} onChange={(e) => setAllRows(e.target.checked)} /> All exosomal proteins (not only those that reach a hallmark)
      </label>
      <div className="side-by-side">
        <div className="matrix-scroll">
          <MatrixGrid compact matrix={result.before} rows={rows} nodes={nodes} caption="Before" testId="knockout-before" />
        </div>
        <div className="matrix-scroll">
          <MatrixGrid compact matrix={result.after} rows={rows} nodes={nodes} caption="After the knock-out (✕ lost)" lost={lost} removed={removed} testId="knockout-after" />
        </div>
      </div>
    </div>
  );
}
