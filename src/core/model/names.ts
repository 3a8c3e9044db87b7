// Every name a node answers to: its id, label and aliases.

import type { GraphNode } from './types';

export function namesOf(node: GraphNode): string[] {
  return [node.id, node.label, ...(node.aliases ?? [])];
}
