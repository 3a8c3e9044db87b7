// The reference list a user attached to a graph, kept in localStorage by the graph's source
// (DOI, or else title), so it is there on the next visit. Storage is untrusted: what is read
// back is parsed and checked against the graph like any attached list (by the validator,
// loaded only when a list is stored).

import { referenceRangeOf } from '../core/model/sections';
import type { ExonetGraph, Problem, ReferenceEntry, SourceInfo } from '../core/model/types';
import type { KeyValueStorage } from './persistence';

const PREFIX = 'exonet-explorer:references:v1:';

export function referencesKey(source: SourceInfo): string {
  return `${PREFIX}${(source.doi || source.title || 'untitled').slice(0, 200)}`;
}

export type StoredReferences = { kind: 'none' } | { kind: 'list'; references: ReferenceEntry[] } | { kind: 'corrupt'; problems: Problem[] };

export async function loadStoredReferences(storage: KeyValueStorage | null, graph: ExonetGraph): Promise<StoredReferences> {
  let text: string | null;
  try {
    const value: unknown = storage?.getItem(referencesKey(graph.source));
    text = typeof value === 'string' ? value : null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', problems: [{ where: 'storage', message: 'the saved reference list is not JSON' }] };
  }
  const problems: Problem[] = [];
  const { validateReferenceList } = await import('../core/model/validateSource');
  validateReferenceList(value, referenceRangeOf(graph.source), problems);
  if (!Array.isArray(value)) problems.push({ where: 'storage', message: 'the saved reference list is not a list' });
  return problems.length ? { kind: 'corrupt', problems } : { kind: 'list', references: value as ReferenceEntry[] };
}

/** Saves (or, with null, forgets) the list for this graph; false when storage refused it. */
export function saveStoredReferences(storage: KeyValueStorage | null, source: SourceInfo, references: ReferenceEntry[] | null): boolean {
  if (!storage) return false;
  try {
    if (references) storage.setItem(referencesKey(source), JSON.stringify(references));
    else storage.removeItem(referencesKey(source));
    return true;
  } catch {
    return false;
  }
}
