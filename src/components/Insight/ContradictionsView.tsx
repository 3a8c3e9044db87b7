// Contradictions: the protein → hallmark pairs with both a promoting and a suppressing
// causal path, the best path of each sign side by side with its claims and citations.

import type { PathResult } from '../../core/paths/pathTypes';
import { selectContradictions } from '../../state/insightSelectors';
import { nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { PathSteps } from '../PathFinder/PathSteps';
import { CELL_VISUALS, steps } from './cellVisual';

function Side({ from, to, path, effect }: { from: string; to: string; path: PathResult; effect: 'promotes' | 'suppresses' }) {
  const graph = useAppStore((s) => s.graph);
  const showPairPaths = useAppStore((s) => s.showPairPaths);
  const nodes = nodeMapOf(graph);
  const v = CELL_VISUALS[effect === 'promotes' ? 1 : -1];
  return (
    <div className={`contradiction-side ${v.className}`}>
      <h4>
        <span className="symbol" aria-hidden="true">{v.symbol}</span> {effect === 'promotes' ? 'Promotes' : 'Suppresses'} · {steps(path.hops)} · {path.refs.length} {path.refs.length === 1 ? 'reference' : 'references'}
      </h4>
      <p className="chain">{path.nodes.map((id) => nodes.get(id)?.label ?? id).join(' → ')}</p>
      <button type="button" onClick={() => showPairPaths(from, to, effect)}>Show on the map</button>
      <PathSteps path={path} />
    </div>
  );
}

export function ContradictionsView() {
  const graph = useAppStore((s) => s.graph);
  const pairs = useAppStore(selectContradictions);
  const maxHops = useAppStore((s) => s.insight.maxHops);
  const nodes = nodeMapOf(graph);
  const label = (id: string) => nodes.get(id)?.label ?? id;
  return (
    <div className="contradictions-view">
      <p className="hint" role="status" data-testid="contradiction-count" data-count={pairs.length}>
        {pairs.length} protein → hallmark {pairs.length === 1 ? 'pair has' : 'pairs have'} both a promoting and a suppressing causal path of at most {maxHops} steps. Each side shows its best path (fewest steps, then most references) with the review's claims and citations.
      </p>
      {pairs.map((p) => (
        <article key={`${p.from}>${p.to}`} className="contradiction" aria-label={`${label(p.from)} → ${label(p.to)}`}>
          <h3>{label(p.from)} → {label(p.to)}</h3>
          <div className="side-by-side">
            <Side from={p.from} to={p.to} path={p.promotes} effect="promotes" />
            <Side from={p.from} to={p.to} path={p.suppresses} effect="suppresses" />
          </div>
        </article>
      ))}
    </div>
  );
}
