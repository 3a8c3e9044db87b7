// How sure the review is of a statement: an evidence item is hedged when the review says
// it with "may", "is thought", "seems" ...; an edge rests only on hedged evidence when
// every one of its items is hedged.

import type { Evidence } from './types';

export function isHedged(evidence: Evidence): boolean {
  return evidence.certainty === 'hedged';
}

/** True when there is evidence and all of it is hedged. */
export function isHedgedOnly(evidence: readonly Evidence[] | undefined): boolean {
  return !!evidence?.length && evidence.every(isHedged);
}

/** The hedging words of the hedged items, each once, in evidence order. */
export function hedgeWords(evidence: readonly Evidence[] | undefined): string[] {
  return [...new Set((evidence ?? []).filter(isHedged).map((e) => e.hedge ?? '').filter(Boolean))];
}
