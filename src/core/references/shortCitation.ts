// How a reference is named beside its number once a reference list is attached:
// "Iraci et al. 2016", "Iraci and Leonardi 2016", "Iraci 2016".

import type { ExonetGraph, ReferenceEntry } from '../model/types';

export function shortCitation(entry: ReferenceEntry | undefined): string | null {
  const authors = entry?.authors ?? [];
  if (!entry || !authors.length) return entry?.year ? String(entry.year) : null;
  const who = authors.length === 1 ? authors[0] : authors.length === 2 ? `${authors[0]} and ${authors[1]}` : `${authors[0]} et al.`;
  return entry.year ? `${who} ${entry.year}` : who;
}

const indexes = new WeakMap<ExonetGraph, Map<number, ReferenceEntry>>();

/** The attached entry of reference n, if the graph has a reference list. */
export function referenceEntry(graph: ExonetGraph, n: number): ReferenceEntry | undefined {
  if (!graph.references?.length) return undefined;
  let index = indexes.get(graph);
  if (!index) {
    index = new Map(graph.references.map((r) => [r.n, r]));
    indexes.set(graph, index);
  }
  return index.get(n);
}

/** "[185 Iraci et al. 2016, 186]" with the names where the list has them; "[uncited]" for none. */
export function formatRefs(graph: ExonetGraph, refs: readonly number[]): string {
  if (!refs.length) return '[uncited]';
  return `[${refs.map((n) => {
    const short = shortCitation(referenceEntry(graph, n));
    return short ? `${n} ${short}` : String(n);
  }).join(', ')}]`;
}
