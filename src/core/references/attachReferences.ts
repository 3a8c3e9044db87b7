// Attaching a parsed reference list to a graph: every entry must fit the graph's reference
// range; the graph comes back with `references` replaced, everything else unchanged.

import { describeReferenceRange, isReferenceNumber, referenceRangeOf } from '../model/sections';
import type { ExonetGraph, Problem, ReferenceEntry, Result } from '../model/types';

export function attachReferences(graph: ExonetGraph, entries: readonly ReferenceEntry[]): Result<ExonetGraph> {
  const range = referenceRangeOf(graph.source);
  const problems: Problem[] = entries
    .filter((e) => !isReferenceNumber(e.n, range))
    .map((e) => ({ where: `entry ${e.n}`, message: `${e.n} is not ${describeReferenceRange(range)}, the references of "${graph.source.title || 'this graph'}"` }));
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { ...graph, references: [...entries].sort((a, b) => a.n - b.n) } };
}
