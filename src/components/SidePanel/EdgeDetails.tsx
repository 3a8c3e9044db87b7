// Details of an edge: its two ends, its relation and sign, and all its evidence items.

import type { GraphEdge } from '../../core/model/types';
import { nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { EvidenceList } from './EvidenceList';

const SIGN_TEXT = { 1: 'activation (+)', '-1': 'inhibition (−)', 0: 'non-causal' } as const;

export function EdgeDetails({ edge }: { edge: GraphEdge }) {
  const graph = useAppStore((s) => s.graph);
  const select = useAppStore((s) => s.select);
  const nodes = nodeMapOf(graph);
  const end = (id: string) => (
    <button type="button" className="link-button" onClick={() => select({ kind: 'node', id })}>{nodes.get(id)?.label ?? id}</button>
  );
  return (
    <article className="details" aria-labelledby="details-title">
      <header>
        <h2 id="details-title">{end(edge.source)} <span className="relation">{edge.relation.replace(/_/g, ' ')}</span> {end(edge.target)}</h2>
        <p className="type-line">{SIGN_TEXT[edge.sign]} · {edge.evidence.length} evidence item{edge.evidence.length === 1 ? '' : 's'}</p>
      </header>
      {edge.biomarker && (
        <p className="biomarker">
          {Object.entries(edge.biomarker).map(([k, v]) => <span key={k}><span className="k">{k}:</span> {v} </span>)}
        </p>
      )}
      <EvidenceList evidence={edge.evidence} />
    </article>
  );
}
