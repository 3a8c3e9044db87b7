// Key mediators: the nodes that carry the most exosomal protein → hallmark routes
// (betweenness over causal steps), with a toggle that sizes the map's nodes by the score.

import { useEffect } from 'react';
import { selectMediators } from '../../state/insightSelectors';
import { nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { TypeBadge } from '../Legend/TypeBadge';

const SHOWN = 40;

export function MediatorsView() {
  const graph = useAppStore((s) => s.graph);
  const mediators = useAppStore(selectMediators);
  const sizing = useAppStore((s) => s.mediatorSizes !== null);
  const setSizes = useAppStore((s) => s.setMediatorSizes);
  const select = useAppStore((s) => s.select);
  const openInsight = useAppStore((s) => s.openInsight);
  const nodes = nodeMapOf(graph);
  const best = mediators[0]?.score ?? 1;
  const sizesOf = () => Object.fromEntries(mediators.map((m) => [m.id, m.score / best]));
  const toggle = (on: boolean) => setSizes(on ? sizesOf() : null);
  // While the map sizes nodes, the sizes follow the scores (they change with the filters).
  useEffect(() => {
    if (useAppStore.getState().mediatorSizes) setSizes(sizesOf());
    // sizesOf reads only `mediators` and `best`, which derive from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mediators]);

  return (
    <div className="mediators-view">
      <p className="hint">
        Betweenness over causal steps: for every exosomal protein and hallmark joined by a causal path, each node on their shortest paths gets the share of those paths that pass through it. A high score marks a node that many protein → hallmark routes depend on.
      </p>
      <label className="check">
        <input type="checkbox" checked={sizing} onChange={(e) => toggle(e.target.checked)} /> Size nodes on the map by mediator score
      </label>
      {mediators.length === 0 ? (
        <p role="status">No node lies between an exosomal protein and a hallmark on a shortest causal path.</p>
      ) : (
        <table className="mediators" data-testid="mediators">
          <caption className="visually-hidden">Key mediators, best first</caption>
          <thead>
            <tr><th scope="col">#</th><th scope="col">Node</th><th scope="col">Score</th></tr>
          </thead>
          <tbody>
            {mediators.slice(0, SHOWN).map((m, i) => {
              const node = nodes.get(m.id);
              return (
                <tr key={m.id}>
                  <td>{i + 1}</td>
                  <td>
                    {node && <TypeBadge type={node.type} />}{' '}
                    <button type="button" className="link-button" onClick={() => { select({ kind: 'node', id: m.id }); openInsight(null); }}>{node?.label ?? m.id}</button>
                  </td>
                  <td className="score">
                    <span className="bar-track" aria-hidden="true"><span className="bar" style={{ width: `${Math.max(1, (m.score / best) * 100)}%` }} /></span>
                    {m.score.toFixed(1)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {mediators.length > SHOWN && <p className="hint">The {SHOWN} best of {mediators.length}; the CLI lists them all (graph hubs --top N).</p>}
    </div>
  );
}
