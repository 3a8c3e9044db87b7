// The flat summary of a list of evidence items that the tabular exports (CSV, GraphML,
// the scalar columns of Cytoscape JSON) write: every reference once, every section,
// claim and cancer type in the order the evidence gives them.

import { hedgeWords, isHedged } from '../model/certainty';
import type { Evidence } from '../model/types';

export interface EvidenceSummary {
  /** The union of the reference numbers, ascending. */
  refs: number[];
  /** Section slugs, each once, in evidence order. */
  sections: string[];
  /** Every claim, in evidence order. */
  claims: string[];
  /** Cancer types of the contexts, each once, in evidence order. */
  cancers: string[];
  /** How many items the review hedges ("may", "is thought"). */
  hedgedItems: number;
  /** The hedging words of those items, each once. */
  hedges: string[];
}

export function summarizeEvidence(evidence: readonly Evidence[] | undefined): EvidenceSummary {
  const items = evidence ?? [];
  return {
    refs: [...new Set(items.flatMap((e) => e.refs))].sort((a, b) => a - b),
    sections: [...new Set(items.map((e) => e.section))],
    claims: items.map((e) => e.claim),
    cancers: [...new Set(items.flatMap((e) => e.context?.cancer ?? []))],
    hedgedItems: items.filter(isHedged).length,
    hedges: hedgeWords(items),
  };
}
