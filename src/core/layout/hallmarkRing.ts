// Hallmarks pinned on a ring around the network, in a stable order, so that they do not
// pile up in the middle (they are the most connected nodes) and the force layout reads
// from the proteins inside to the hallmarks around them. Used as fcose fixed-node
// constraints, both when positions are precomputed and on "Re-layout".

import type { ExonetGraph } from '../model/types';

export interface FixedNode {
  nodeId: string;
  position: { x: number; y: number };
}

export function hallmarkRing(graph: ExonetGraph): FixedNode[] {
  const hallmarks = graph.nodes.filter((n) => n.type === 'hallmark').sort((a, b) => a.id.localeCompare(b.id));
  if (hallmarks.length < 3) return [];
  const radius = 70 * Math.sqrt(graph.nodes.length);
  return hallmarks.map((n, i) => {
    const angle = (2 * Math.PI * i) / hallmarks.length - Math.PI / 2;
    return { nodeId: n.id, position: { x: Math.round(radius * 1.25 * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) } };
  });
}
