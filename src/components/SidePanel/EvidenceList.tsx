// Evidence items: each claim with its section, context and reference numbers.

import type { Evidence } from '../../core/model/types';
import { sectionTitle } from '../../core/model/sections';
import { useAppStore } from '../../state/store';
import { Citations } from './Citations';

export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const graph = useAppStore((s) => s.graph);
  const { source, references } = graph;
  return (
    <ul className="evidence">
      {evidence.map((e, i) => {
        const context = [...(e.context?.cancer ?? []), ...(e.context?.cellLines ?? []), ...(e.context?.conditions ?? [])];
        return (
          <li key={i}>
            <p className="claim">{e.claim}</p>
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
