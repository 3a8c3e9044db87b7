// The reference that findPaths is checked against: every simple path within maxHops,
// straight from the edge list (no index, no pruning), filtered, sorted (fewer hops, fewer
// hedged-only steps, more references, node ids) and cut to k.

import type { ExonetGraph, GraphEdge, Sign } from '../../../../src/core/model/types';
import type { PathOptions, PathResult, PathStep } from '../../../../src/core/paths/pathTypes';

function stepEdges(graph: ExonetGraph, from: string, to: string, undirected: boolean): GraphEdge[] {
  return graph.edges.filter((e) =>
    undirected
      ? (e.source === from && e.target === to) || (e.source === to && e.target === from)
      : e.source === from && e.target === to && e.sign !== 0,
  );
}

function toResult(graph: ExonetGraph, nodes: string[], undirected: boolean): PathResult {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const edges = stepEdges(graph, nodes[i], nodes[i + 1], undirected);
    // Only edges along the walk carry a sign; a step with none is walked backwards.
    const along = edges.filter((e) => e.source === nodes[i]);
    const sign = along.length && along.every((e) => e.sign === along[0].sign) ? along[0].sign : 0;
    // A step is hedged when every evidence item of every one of its edges is hedged.
    const hedged = edges.every((e) => e.evidence.length > 0 && e.evidence.every((ev) => ev.certainty === 'hedged'));
    steps.push({ from: nodes[i], to: nodes[i + 1], edges: edges.map((e) => e.id), sign, hedged, backward: along.length === 0 });
  }
  const product = steps.reduce((p, s) => p * s.sign, 1);
  const refs = new Set(steps.flatMap((s) => s.edges.flatMap((id) => graph.edges.find((e) => e.id === id)!.evidence.flatMap((ev) => ev.refs))));
  return {
    nodes,
    edges: steps.flatMap((s) => s.edges),
    steps,
    sign: (product === 0 ? 0 : product) as Sign,
    backwardSteps: steps.filter((s) => s.backward).length,
    refs: [...refs].sort((a, b) => a - b),
    hops: steps.length,
    hedged: steps.filter((s) => s.hedged).length,
  };
}

function compareIds(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

export function bruteForcePaths(graph: ExonetGraph, from: string, to: string, options: PathOptions = {}): PathResult[] {
  const { k = 5, maxHops = 5, mode = 'causal', avoidNodes = [], avoidTypes = [], effect } = options;
  const undirected = mode === 'undirected';
  const ids = new Set(graph.nodes.map((n) => n.id));
  if (!ids.has(from) || !ids.has(to) || from === to) return [];
  const avoided = new Set(graph.nodes.filter((n) => avoidNodes.includes(n.id) || avoidTypes.includes(n.type)).map((n) => n.id));
  avoided.delete(from);
  avoided.delete(to);

  const all: string[][] = [];
  const extend = (path: string[]) => {
    const last = path[path.length - 1];
    if (last === to) {
      all.push(path);
      return;
    }
    if (path.length - 1 === maxHops) return;
    for (const id of ids) {
      if (path.includes(id) || avoided.has(id)) continue;
      if (stepEdges(graph, last, id, undirected).length) extend([...path, id]);
    }
  };
  extend([from]);

  const wanted = effect === undefined ? null : effect === 'promotes' ? 1 : -1;
  return all
    .map((nodes) => toResult(graph, nodes, undirected))
    .filter((p) => wanted === null || p.sign === wanted)
    .sort((a, b) => a.hops - b.hops || a.hedged - b.hedged || b.refs.length - a.refs.length || compareIds(a.nodes, b.nodes))
    .slice(0, k);
}
