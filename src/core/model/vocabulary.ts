// The fixed vocabularies of the format: relations with their signs. A graph's sections
// and its range of reference numbers are the graph's own (source.sections, referenceCount).

import type { Sign } from './types';

export const RELATION_SIGNS: Readonly<Record<string, Sign>> = {
  activates: 1,
  promotes: 1,
  induces: 1,
  upregulates: 1,
  increases_release: 1,
  // A cell becoming another state means more of that state: a causal step.
  differentiates_into: 1,
  inhibits: -1,
  suppresses: -1,
  downregulates: -1,
  degrades: -1,
  carries: 0,
  marker_of: 0,
  biomarker_for: 0,
  part_of: 0,
  binds: 0,
  associated_with: 0,
  targets: 0,
};

export const RELATIONS = Object.keys(RELATION_SIGNS);

/** Relations whose sign may be given explicitly as +1 or -1 when the text states a direction. */
export const FLEXIBLE_SIGN_RELATIONS = new Set(['targets', 'binds', 'associated_with']);

/** The values of an evidence item's `certainty`: "hedged" where the review hedges the
 * statement ("may", "is thought"); absent where it states it plainly. */
export const CERTAINTIES = ['hedged'] as const;

export function signOfRelation(relation: string): Sign | undefined {
  return Object.hasOwn(RELATION_SIGNS, relation) ? RELATION_SIGNS[relation] : undefined;
}
