// Evidence items: each claim with its section, context and reference numbers, and the
// hedging words where the review only says it may be so.

import type { Evidence } from '../../core/model/types';
import { sectionTitle } from '../../core/model/sections';
import { useAppStore } from '../../state/store';
import { Citations } from './Citations';

/** With `edgeId`, clicking a claim pans the canvas to that edge. */
export function EvidenceList({ evidence, edgeId }: { evidence: readonly Evidence[]; edgeId?: string }) {
  const graph = useAppStore((s) => s.graph);
  const { source, references } = graph;
  const requestPan = useAppStore((s) => s.requestPan);
  return (
    <ul className="evidence">
      {evidence.map((e, i) => {
        const context = [...(e.context?.cancer ?? []), ...(e.context?.cellLines ?? []), ...(e.context?.conditions ?? [])];
        return (
          <li key={i} className={e.certainty === 'hedged' ? 'hedged' : undefined}>
            {edgeId ? (
              <p className="claim">
                <button type="button" className="claim-button" title="Show this edge on the map" onClick={() => requestPan(edgeId)}>{e.claim}</button>
              </p>
            ) : (
              <p className="claim">{e.claim}</p>
            )}
            {e.certainty === 'hedged' && (
              <p className="hedge-note">Hedged: the review says this may happen (“{e.hedge}”).</p>
            )}
            <p className="meta">
              <Citations refs={e.refs} source={source} references={references} />
              <span className="section">{sectionTitle(graph, e.section)}</span>
              {context.length > 0 && <span className="context">{context.join(', ')}</span>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
