// The caption of one step of a path in presentation mode: what the step says and the
// review's references behind it.

import type { ExonetGraph } from '../model/types';
import { lookupOf } from './formatPath';
import type { PathResult } from './pathTypes';

export interface StepCaption {
  /** "Step 2 of 4" */
  position: string;
  /** "HSP70 activates TLR2" */
  statement: string;
  /** The claims of the step's evidence, each with its references. */
  claims: Array<{ claim: string; refs: number[] }>;
}

export function stepCaption(graph: ExonetGraph, path: PathResult, step: number): StepCaption | null {
  const s = path.steps[step];
  if (!s) return null;
  const lookup = lookupOf(graph);
  const label = (id: string) => lookup.node(id)?.label ?? id;
  const edges = s.edges.map((id) => lookup.edge(id)).filter((e) => e !== undefined);
  const relations = [...new Set(edges.map((e) => e.relation.replace(/_/g, ' ')))].join(' / ');
  return {
    position: `Step ${step + 1} of ${path.steps.length}`,
    statement: `${label(s.from)} ${relations} ${label(s.to)}`,
    claims: edges.flatMap((e) => e.evidence.map((ev) => ({ claim: ev.claim, refs: ev.refs }))),
  };
}
