// Key mediators: which nodes carry the most exosomal protein → hallmark routes. Brandes'
// betweenness over causal steps, restricted to sources (exosomal proteins) and targets
// (hallmarks): a node's score sums, over every source s and target t it lies between, the
// share of the shortest s → t causal paths that pass through it. graphology-metrics'
// betweenness has no source and target sets; with every node both a source and a target,
// restrictedBetweenness gives the same numbers as its unnormalised betweenness.

import { DirectedGraph } from 'graphology';
import type { ExonetGraph } from '../model/types';
import { isMatrixColumn, isMatrixRow } from './endpoints';
import type { Mediator } from './insightTypes';

/** A directed graph with one edge per ordered pair of nodes joined by a causal edge (sign ±1). */
export function causalStepGraph(graph: ExonetGraph): DirectedGraph {
  const g = new DirectedGraph();
  for (const node of graph.nodes) g.addNode(node.id);
  for (const edge of graph.edges) {
    if (edge.sign === 0 || edge.source === edge.target || !g.hasNode(edge.source) || !g.hasNode(edge.target)) continue;
    g.mergeEdge(edge.source, edge.target);
  }
  return g;
}

/**
 * Betweenness of every node over shortest directed paths from a node of `sources` to a
 * node of `targets` (unnormalised: the sum of pair dependencies). Endpoints of a pair do
 * not score for that pair.
 */
export function restrictedBetweenness(g: DirectedGraph, sources: Iterable<string>, targets: Iterable<string>): Map<string, number> {
  const keys = g.nodes();
  const n = keys.length;
  const indexOf = new Map(keys.map((k, i) => [k, i]));
  const out: number[][] = keys.map((k) => g.outNeighbors(k).map((m) => indexOf.get(m)!));
  const isTarget = new Uint8Array(n);
  for (const t of targets) if (indexOf.has(t)) isTarget[indexOf.get(t)!] = 1;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);

  for (const s of new Set(sources)) {
    const si = indexOf.get(s);
    if (si === undefined) continue;
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[si] = 1;
    dist[si] = 0;
    order[0] = si;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++];
      for (const w of out[v]) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Dependencies, farthest first: delta(v) = sum over the successors w of v on shortest
    // paths of sigma(v) / sigma(w) × (1 if w is a target, + delta(w)).
    for (let i = tail - 1; i > 0; i--) {
      const v = order[i];
      let d = 0;
      for (const w of out[v]) if (dist[w] === dist[v] + 1) d += (isTarget[w] + delta[w]) / sigma[w];
      delta[v] = sigma[v] * d;
      score[v] += delta[v];
    }
  }
  return new Map(keys.map((k, i) => [k, score[i]]));
}

export function keyMediators(graph: ExonetGraph, options: { top?: number } = {}): Mediator[] {
  const sources = graph.nodes.filter(isMatrixRow).map((n) => n.id);
  const targets = graph.nodes.filter(isMatrixColumn).map((n) => n.id);
  const scores = restrictedBetweenness(causalStepGraph(graph), sources, targets);
  const ranked = [...scores]
    .filter(([, score]) => score > 0)
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return options.top === undefined ? ranked : ranked.slice(0, options.top);
}
