// Reading signs that older files wrote: a relation that used to be unsigned and now carries
// a sign (differentiates_into, +1) may still come with sign 0. Such a file keeps loading;
// the edge is read with the relation's sign and a note says how many edges were read so.

import { isRecord } from './validateEvidence';
import { LEGACY_UNSIGNED_RELATIONS, RELATION_SIGNS } from './vocabulary';
import type { Sign } from './types';

/** The sign an edge is read with: the relation's own sign where an old file gave 0 to a
 * relation that is now signed, otherwise the sign as given (or the relation's default). */
export function readSign(relation: string, given: unknown): Sign | unknown {
  const ofRelation = Object.hasOwn(RELATION_SIGNS, relation) ? RELATION_SIGNS[relation] : undefined;
  if (given === 0 && LEGACY_UNSIGNED_RELATIONS.has(relation) && ofRelation !== undefined) return ofRelation;
  return given ?? ofRelation ?? 0;
}

/** The note for `n` edges read with a new sign, by relation. */
export function legacySignNote(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].map(([relation, n]) => {
    const sign = RELATION_SIGNS[relation];
    return `${n} "${relation}" edge${n === 1 ? '' : 's'} gave sign 0, read as ${sign > 0 ? '+1' : sign} (the relation is now causal)`;
  });
}

/** A graph value with old signs read anew (a copy where anything changed) and the notes. */
export function upgradeLegacySigns(value: unknown): { value: unknown; notes: string[] } {
  if (!isRecord(value) || !Array.isArray(value.edges)) return { value, notes: [] };
  const counts = new Map<string, number>();
  const edges = value.edges.map((edge) => {
    if (!isRecord(edge) || typeof edge.relation !== 'string' || edge.sign !== 0) return edge;
    if (!LEGACY_UNSIGNED_RELATIONS.has(edge.relation) || !Object.hasOwn(RELATION_SIGNS, edge.relation)) return edge;
    counts.set(edge.relation, (counts.get(edge.relation) ?? 0) + 1);
    return { ...edge, sign: RELATION_SIGNS[edge.relation] };
  });
  if (!counts.size) return { value, notes: [] };
  return { value: { ...value, edges }, notes: legacySignNote(counts) };
}
