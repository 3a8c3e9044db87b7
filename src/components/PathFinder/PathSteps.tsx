// The steps of one path with their claims and citations, and "Copy as text".

import { useState } from 'react';
import { pathToCitedText } from '../../core/paths/formatPath';
import type { PathResult } from '../../core/paths/findPaths';
import { edgeMapOf, nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { EvidenceList } from '../SidePanel/EvidenceList';

export function PathSteps({ path }: { path: PathResult }) {
  const graph = useAppStore((s) => s.graph);
  const nodes = nodeMapOf(graph);
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
            <p className="step-title">
              <strong>{nodes.get(step.from)?.label}</strong>{' '}
              {step.edges.map((id) => edges.get(id)?.relation.replace(/_/g, ' ')).join(' / ')}{' '}
              <strong>{nodes.get(step.to)?.label}</strong>
              {step.hedged && <span className="hedged-tag" title="Every statement of this step is hedged in the review">hedged</span>}
            </p>
            <EvidenceList evidence={step.edges.flatMap((id) => edges.get(id)?.evidence ?? [])} />
          </li>
        ))}
      </ol>
    </div>
  );
}
