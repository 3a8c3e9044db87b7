// Details of an edge: its two ends, its relation and sign, and all its evidence items.

import { isHedgedOnly } from '../../core/model/certainty';
import type { GraphEdge } from '../../core/model/types';
import { SIGN_WORDS, countOf, relationPhrase } from '../../core/words/phrases';
import { nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { EvidenceList } from './EvidenceList';

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
        <h2 id="details-title">{end(edge.source)} <span className="relation">{relationPhrase(edge.relation).forward}</span> {end(edge.target)}</h2>
        <p className="type-line">{SIGN_WORDS[edge.sign]} · {countOf(edge.evidence.length, 'evidence item')}{isHedgedOnly(edge.evidence) ? ' · only hedged in the review' : ''}</p>
      </header>
      {edge.biomarker && (
        <p className="biomarker">
          {Object.entries(edge.biomarker).map(([k, v]) => <span key={k}><span className="k">{k}:</span> {v} </span>)}
        </p>
      )}
      <EvidenceList evidence={edge.evidence} edgeId={edge.id} />
    </article>
  );
}
