// Seeded synthetic graphs for the benchmarks: valid ExoNet graphs of any size, the same
// at every run.

import type { ExonetGraph, GraphEdge, GraphNode } from '../src/core/model/types';

/** mulberry32: a small seeded PRNG, so every run benchmarks the same graphs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const WINDOW = 30;

/**
 * Nodes on a ring; most edges go a little ahead, so that paths of a few hops exist; the
 * others end anywhere, skewed towards the first nodes, which become hubs as in the review.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed: number): ExonetGraph {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => ({ id: `n${i}`, label: `N${i}`, type: i % 10 === 0 ? 'hallmark' : 'protein' }));
  const edges: GraphEdge[] = [];
  const triples = new Set<string>();
  while (edges.length < edgeCount) {
    const source = int(nodeCount);
    const target = random() < 0.9 ? (source + 1 + int(WINDOW)) % nodeCount : int(1 + int(nodeCount));
    const kind = random();
    const [relation, sign] = kind < 0.6 ? (['activates', 1] as const) : kind < 0.85 ? (['inhibits', -1] as const) : (['carries', 0] as const);
    // A valid graph: one edge per source, relation and target, no reference listed twice.
    const triple = `${source} ${relation} ${target}`;
    if (triples.has(triple)) continue;
    triples.add(triple);
    const refs = [...new Set(Array.from({ length: 1 + int(3) }, () => 1 + int(280)))];
    edges.push({ id: `e${edges.length}`, source: `n${source}`, target: `n${target}`, relation, sign, evidence: [{ refs, section: 'immune', claim: 'synthetic' }] });
  }
  return { format: 'exonet-graph', version: 1, source: { title: 'synthetic', authors: [] }, nodes, edges };
}

/** Positions on a square grid, so the graph opens without a layout. */
export function withGridPositions(graph: ExonetGraph): ExonetGraph {
  const side = Math.ceil(Math.sqrt(graph.nodes.length));
  const positions = Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: (i % side) * 60, y: Math.floor(i / side) * 60 }]));
  return { ...graph, positions };
}
