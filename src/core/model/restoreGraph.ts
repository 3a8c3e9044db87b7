// The one restore step between a file and the validator, used by the curated-data compiler,
// the importer and the CLI: what a graph may leave out because it follows from the rest is
// filled in (an edge's id and sign follow from its relation; the format name and version
// from the shape), an old file's sign 0 on a relation that is now signed is read anew, and
// the caller is told, in notes, what was derived. Never throws; the result is validated next.

import { isRecord } from './validateEvidence';
import { RELATION_SIGNS } from './vocabulary';
import type { Sign } from './types';

/** Relations that older files gave sign 0 and that now carry a sign: such a file keeps
 * loading, with the relation's sign (and a note). */
export const LEGACY_UNSIGNED_RELATIONS: ReadonlySet<string> = new Set(['differentiates_into']);

export function edgeId(source: string, relation: string, target: string): string {
  return `${source}--${relation}--${target}`;
}

/** How many edges had each thing derived, for the notes. */
export interface RestoreCounts {
  ids: number;
  signs: number;
  /** Relation -> edges whose old sign 0 was read as the relation's sign. */
  legacy: Map<string, number>;
}

export function emptyCounts(): RestoreCounts {
  return { ids: 0, signs: 0, legacy: new Map() };
}

const signOf = (relation: unknown): Sign | undefined =>
  typeof relation === 'string' && Object.hasOwn(RELATION_SIGNS, relation) ? RELATION_SIGNS[relation] : undefined;

/** An edge with its id and sign derived where missing (a copy where anything changed). */
export function restoreEdge(edge: Record<string, unknown>, counts: RestoreCounts): Record<string, unknown> {
  const sign = signOf(edge.relation);
  let out = edge;
  const set = (key: string, value: unknown) => {
    if (out === edge) out = { ...edge };
    out[key] = value;
  };
  if ((edge.id === undefined || edge.id === '') && typeof edge.source === 'string' && typeof edge.target === 'string' && typeof edge.relation === 'string') {
    set('id', edgeId(edge.source, edge.relation, edge.target));
    counts.ids++;
  }
  if (sign !== undefined) {
    if (edge.sign === undefined || edge.sign === null) {
      set('sign', sign);
      counts.signs++;
    } else if (edge.sign === 0 && sign !== 0 && LEGACY_UNSIGNED_RELATIONS.has(edge.relation as string)) {
      set('sign', sign);
      counts.legacy.set(edge.relation as string, (counts.legacy.get(edge.relation as string) ?? 0) + 1);
    }
  }
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What was derived, in words, one note per kind. */
export function restoreNotes(counts: RestoreCounts): string[] {
  const notes: string[] = [];
  if (counts.ids) notes.push(`${plural(counts.ids, 'edge id')} derived from source, relation and target`);
  if (counts.signs) notes.push(`${plural(counts.signs, 'edge sign')} derived from the relation`);
  for (const [relation, n] of counts.legacy) {
    const sign = RELATION_SIGNS[relation];
    notes.push(`${plural(n, `"${relation}" edge`)} gave sign 0, read as ${sign > 0 ? '+1' : sign} (the relation is now causal)`);
  }
  return notes;
}

/** A graph value with what follows from the rest filled in, and notes saying what was. */
export function restoreGraph(value: unknown): { value: unknown; notes: string[] } {
  if (!isRecord(value) || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) return { value, notes: [] };
  const notes: string[] = [];
  const out: Record<string, unknown> = { ...value };
  if (out.format === undefined) {
    out.format = 'exonet-graph';
    notes.push('format "exonet-graph" assumed (the file does not name one)');
  }
  if (out.version === undefined) {
    out.version = 1;
    notes.push('version 1 assumed');
  }
  if (isRecord(out.source) && out.source.authors === undefined) out.source = { ...out.source, authors: [] };
  const counts = emptyCounts();
  out.edges = value.edges.map((edge) => (isRecord(edge) ? restoreEdge(edge, counts) : edge));
  notes.push(...restoreNotes(counts));
  return { value: out, notes };
}
