// The caption of one step of a path in presentation mode: what the step says, in plain
// words and in the true direction of its edges, and the review's references behind it.

import type { ExonetGraph } from '../model/types';
import { lookupOf, stepStatements } from './formatPath';
import type { PathResult } from './pathTypes';

export interface StepCaption {
  /** "Step 2 of 4" */
  position: string;
  /** "HSP70 activates TLR2", or "CAF increases the release of TGFβ (against the path's direction)" */
  statement: string;
  /** The claims of the step's evidence, each with its references. */
  claims: Array<{ claim: string; refs: number[] }>;
}

export function stepCaption(graph: ExonetGraph, path: PathResult, step: number): StepCaption | null {
  const s = path.steps[step];
  if (!s) return null;
  const statements = stepStatements(graph, s);
  const lookup = lookupOf(graph);
  return {
    position: `Step ${step + 1} of ${path.steps.length}`,
    statement: statements.map((st) => `${st.text}${st.backward ? ' (against the path’s direction)' : ''}`).join('; '),
    claims: s.edges.flatMap((id) => lookup.edge(id)?.evidence.map((ev) => ({ claim: ev.claim, refs: ev.refs })) ?? []),
  };
}
