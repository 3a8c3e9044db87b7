// Evidence items: each claim with its section, context and reference numbers.

import type { Evidence } from '../../core/model/types';
import { SECTIONS } from '../../core/model/vocabulary';
import { useAppStore } from '../../state/store';
import { Citations } from './Citations';

const SECTION_TITLE = new Map<string, string>(SECTIONS.map((s) => [s.slug, s.title]));

/** With `edgeId`, clicking a claim pans the canvas to that edge. */
export function EvidenceList({ evidence, edgeId }: { evidence: readonly Evidence[]; edgeId?: string }) {
  const source = useAppStore((s) => s.graph.source);
  const references = useAppStore((s) => s.graph.references);
  const requestPan = useAppStore((s) => s.requestPan);
  return (
    <ul className="evidence">
      {evidence.map((e, i) => {
        const context = [...(e.context?.cancer ?? []), ...(e.context?.cellLines ?? []), ...(e.context?.conditions ?? [])];
        return (
          <li key={i}>
            {edgeId ? (
              <p className="claim">
                <button type="button" className="claim-button" title="Show this edge on the map" onClick={() => requestPan(edgeId)}>{e.claim}</button>
              </p>
            ) : (
              <p className="claim">{e.claim}</p>
            )}
            <p className="meta">
              <Citations refs={e.refs} source={source} references={references} />
              <span className="section">{SECTION_TITLE.get(e.section) ?? e.section}</span>
              {context.length > 0 && <span className="context">{context.join(', ')}</span>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
