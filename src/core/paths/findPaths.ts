// The k best simple paths between two nodes (product.md "Paths"). Ranking: fewer hops,
// then fewer steps resting only on hedged evidence, then more distinct references, then
// the ordinal order of the node id sequence.
//
// Exact by construction: paths are enumerated one hop count at a time (every path of h
// hops before any of h + 1), and only paths of equal length compete on references, so
// once a level is complete and k paths are in hand no longer path can enter the result.
// (Hedged steps and references only order paths of the same length.)
// Within a level, a depth-first search is pruned by the distance to the target computed
// backwards (breadth-first, avoiding the avoided nodes), a lower bound on the hops left.
//
// Unknown ids, a start equal to the end, or no path give []: the "not found" is honest
// and callers that need to tell the cases apart ask the index (`hasNode`). Options that
// make no sense (k = 0, maxHops = -1, an unknown mode or effect) throw a RangeError.

import type { ExonetGraph, Sign } from '../model/types';
import { pathIndexOf, type PathIndex, type StepTable } from './pathIndex';
import { DEFAULT_PATH_OPTIONS, EFFECT_SIGN, type PathOptions, type PathResult } from './pathTypes';

// The public face of core/paths: callers import the query, the index and the types from here.
export { createPathIndex, type PathIndex } from './pathIndex';
export type { PathEffect, PathMode, PathOptions, PathResult, PathStep } from './pathTypes';

interface Candidate {
  nodes: Int32Array;
  steps: Int32Array;
  refCount: number;
  /** Steps that rest only on hedged evidence. */
  hedged: number;
  sign: number;
}

interface Query {
  index: PathIndex;
  table: StepTable;
  target: number;
  blocked: Uint8Array;
  dist: Int32Array;
  /** 0 when any net sign will do. */
  effectSign: number;
  /** Scratch arrays, all zero between searches. */
  onPath: Uint8Array;
  refUse: Int32Array;
}

function checkOptions(options: PathOptions) {
  const k = options.k ?? DEFAULT_PATH_OPTIONS.k;
  const maxHops = options.maxHops ?? DEFAULT_PATH_OPTIONS.maxHops;
  const mode = options.mode ?? DEFAULT_PATH_OPTIONS.mode;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number from 1, not ${k}`);
  if (!Number.isInteger(maxHops) || maxHops < 0) throw new RangeError(`maxHops must be a whole number from 0, not ${maxHops}`);
  if (mode !== 'causal' && mode !== 'undirected') throw new RangeError(`mode must be "causal" or "undirected", not ${JSON.stringify(mode)}`);
  if (options.effect !== undefined && !(options.effect in EFFECT_SIGN)) {
    throw new RangeError(`effect must be "promotes" or "suppresses", not ${JSON.stringify(options.effect)}`);
  }
  return { k, maxHops, mode, effectSign: options.effect ? EFFECT_SIGN[options.effect] : 0 };
}

function blockedNodes(index: PathIndex, options: PathOptions, source: number, target: number): Uint8Array {
  const blocked = new Uint8Array(index.nodeIds.length);
  const types = new Set<string>(options.avoidTypes ?? []);
  if (types.size) index.nodes.forEach((node, i) => (blocked[i] = types.has(node.type) ? 1 : 0));
  for (const id of options.avoidNodes ?? []) {
    const i = index.indexOf.get(id);
    if (i !== undefined) blocked[i] = 1;
  }
  blocked[source] = 0;
  blocked[target] = 0;
  return blocked;
}

/** Hops from each node to the target over unblocked nodes; maxHops + 1 where farther. */
function distancesTo(table: StepTable, target: number, blocked: Uint8Array, maxHops: number): Int32Array {
  const dist = new Int32Array(table.offsets.length - 1).fill(maxHops + 1);
  dist[target] = 0;
  let frontier = [target];
  for (let d = 1; d <= maxHops && frontier.length; d++) {
    const following: number[] = [];
    for (const v of frontier) {
      for (let j = table.revOffsets[v]; j < table.revOffsets[v + 1]; j++) {
        const u = table.prev[j];
        if (dist[u] <= maxHops || blocked[u]) continue;
        dist[u] = d;
        following.push(u);
      }
    }
    frontier = following;
  }
  return dist;
}

function compareCandidates(idRank: Int32Array, a: Candidate, b: Candidate): number {
  if (a.hedged !== b.hedged) return a.hedged - b.hedged;
  if (a.refCount !== b.refCount) return b.refCount - a.refCount;
  for (let i = 0; i < a.nodes.length; i++) {
    const d = idRank[a.nodes[i]] - idRank[b.nodes[i]];
    if (d !== 0) return d;
  }
  return 0;
}

/** The best `need` paths of exactly `hops` hops from `source`, in rank order. */
function pathsOfLength(q: Query, source: number, hops: number, need: number): Candidate[] {
  const { table, target, blocked, dist, effectSign, onPath, refUse } = q;
  const { offsets, next, stepSign, stepHedged, stepRefOffsets, stepRefs } = table;
  const nodes = new Int32Array(hops + 1);
  const steps = new Int32Array(hops);
  const sorted = (list: Candidate[]) => list.sort((a, b) => compareCandidates(q.index.idRank, a, b));
  let found: Candidate[] = [];
  let refCount = 0;
  let hedged = 0;

  const enter = (st: number) => {
    for (let r = stepRefOffsets[st]; r < stepRefOffsets[st + 1]; r++) if (refUse[stepRefs[r]]++ === 0) refCount++;
  };
  const leave = (st: number) => {
    for (let r = stepRefOffsets[st]; r < stepRefOffsets[st + 1]; r++) if (--refUse[stepRefs[r]] === 0) refCount--;
  };

  const walk = (u: number, depth: number, sign: number): void => {
    const left = hops - depth - 1;
    for (let st = offsets[u]; st < offsets[u + 1]; st++) {
      const v = next[st];
      if (v === target ? left !== 0 : onPath[v] || blocked[v] || dist[v] > left) continue;
      const nextSign = sign * stepSign[st];
      if (effectSign !== 0 && (nextSign === 0 || (left === 0 && nextSign !== effectSign))) continue;
      nodes[depth + 1] = v;
      steps[depth] = st;
      enter(st);
      hedged += stepHedged[st];
      if (left === 0) {
        found.push({ nodes: nodes.slice(), steps: steps.slice(), refCount, hedged, sign: nextSign });
        // Keep memory bounded on levels with very many paths.
        if (found.length >= 2 * need + 64) found = sorted(found).slice(0, need);
      } else {
        onPath[v] = 1;
        walk(v, depth + 1, nextSign);
        onPath[v] = 0;
      }
      hedged -= stepHedged[st];
      leave(st);
    }
  };

  nodes[0] = source;
  onPath[source] = 1;
  walk(source, 0, 1);
  onPath[source] = 0;
  return sorted(found).slice(0, need);
}

function toPathResult(index: PathIndex, table: StepTable, c: Candidate): PathResult {
  const nodes = Array.from(c.nodes, (i) => index.nodeIds[i]);
  const refIndices = new Set<number>();
  const steps = Array.from(c.steps, (st, i) => {
    for (let r = table.stepRefOffsets[st]; r < table.stepRefOffsets[st + 1]; r++) refIndices.add(table.stepRefs[r]);
    const edges = Array.from(table.stepEdges.subarray(table.stepEdgeOffsets[st], table.stepEdgeOffsets[st + 1]), (e) => index.graph.edges[e].id);
    const backward = !Array.from(table.stepEdges.subarray(table.stepEdgeOffsets[st], table.stepEdgeOffsets[st + 1])).some((e) => index.graph.edges[e].source === nodes[i]);
    return { from: nodes[i], to: nodes[i + 1], edges, sign: (table.stepSign[st] || 0) as Sign, hedged: table.stepHedged[st] === 1, backward };
  });
  return {
    nodes,
    edges: steps.flatMap((s) => s.edges),
    steps,
    sign: (c.sign || 0) as Sign,
    backwardSteps: steps.filter((s) => s.backward).length,
    refs: [...refIndices].sort((a, b) => a - b).map((r) => index.refNumbers[r]),
    hops: steps.length,
    hedged: c.hedged,
  };
}

/**
 * The k best simple paths from `from` to `to`, as the same list that enumerating every
 * simple path within maxHops that meets the options, sorting and keeping k would give.
 * Pass a PathIndex (createPathIndex) to share the work between queries; a graph object
 * is indexed once and the index kept for as long as the graph is.
 */
export function findPaths(graph: ExonetGraph | PathIndex, from: string, to: string, options: PathOptions = {}): PathResult[] {
  const { k, maxHops, mode, effectSign } = checkOptions(options);
  const index = pathIndexOf(graph);
  const source = index.indexOf.get(from);
  const target = index.indexOf.get(to);
  if (source === undefined || target === undefined || source === target) return [];
  // A simple path has at most n - 1 hops.
  const limit = Math.min(maxHops, index.nodeIds.length - 1);
  const table = index.steps(mode);
  const blocked = blockedNodes(index, options, source, target);
  const dist = distancesTo(table, target, blocked, limit);
  const scratch = { onPath: new Uint8Array(index.nodeIds.length), refUse: new Int32Array(index.refNumbers.length) };
  const query: Query = { index, table, target, blocked, dist, effectSign, ...scratch };
  const result: Candidate[] = [];
  for (let hops = Math.max(dist[source], 1); hops <= limit && result.length < k; hops++) {
    result.push(...pathsOfLength(query, source, hops, k - result.length));
  }
  return result.map((c) => toPathResult(index, table, c));
}
