// Resolving a node name given on the command line, with the candidates on failure.

import { createNameIndex, type NameIndex } from '../core/model/findNodes';
import type { ExonetGraph, GraphNode } from '../core/model/types';
import { UsageError } from './parseArgs';

function describe(node: GraphNode): string {
  return `${node.label} (${node.id}, ${node.type})`;
}

export function resolveNodeOrThrow(index: NameIndex, name: string): GraphNode {
  const r = index.resolve(name);
  if (r.kind === 'found') return r.node;
  if (r.kind === 'ambiguous') {
    throw new UsageError(`"${name}" is ambiguous; candidates: ${r.candidates.map(describe).join('; ')}`);
  }
  const hint = r.suggestions.length ? `; did you mean: ${r.suggestions.map(describe).join('; ')}` : '';
  throw new UsageError(`no node is named "${name}"${hint}`);
}

export function nameIndexOf(graph: ExonetGraph): NameIndex {
  return createNameIndex(graph.nodes);
}
