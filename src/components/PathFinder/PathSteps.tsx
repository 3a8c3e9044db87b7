// The steps of one path with their claims and citations, and "Copy as text".

import { useState } from 'react';
import { pathToCitedText, stepStatements } from '../../core/paths/formatPath';
import type { PathResult } from '../../core/paths/findPaths';
import { edgeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { EvidenceList } from '../SidePanel/EvidenceList';

export function PathSteps({ path }: { path: PathResult }) {
  const graph = useAppStore((s) => s.graph);
  const edges = edgeMapOf(graph);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    const text = pathToCitedText(graph, path);
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied to the clipboard');
    } catch {
      setCopied('The clipboard is not available; select the text below to copy it');
    }
  };
  return (
    <div className="path-steps">
      <button type="button" onClick={copy}>Copy as text</button>
      {copied && <span role="status" className="hint"> {copied}</span>}
      <ol>
        {path.steps.map((step) => (
          <li key={`${step.from}>${step.to}`}>
            {stepStatements(graph, step).map((statement) => (
              <div key={statement.backward ? 'against' : 'along'} className={statement.backward ? 'statement backward' : 'statement'}>
                <p className="step-title">
                  {statement.text}
                  {statement.backward && <span className="against"> (against the path’s direction)</span>}
                </p>
                {statement.edges.map((id) => <EvidenceList key={id} evidence={edges.get(id)?.evidence ?? []} edgeId={id} />)}
              </div>
            ))}
            {step.hedged && <p className="hedged-count" title="Every statement of this step is hedged in the review">This step rests only on hedged statements.</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
