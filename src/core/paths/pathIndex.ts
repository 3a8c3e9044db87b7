// A prebuilt index for path queries, so that repeated queries on one graph do not rebuild
// it: nodes, edges and reference numbers as dense integers, and for each mode the steps
// (the edges joining an ordered pair of nodes) as compressed adjacency arrays, forward and
// reverse. Built straight from the edge list in linear time: building a graphology
// multigraph first cost more than everything else together (0.5 s for 50k edges).

import { isHedgedOnly } from '../model/certainty';
import type { ExonetGraph, GraphEdge, GraphNode } from '../model/types';
import type { PathMode } from './pathTypes';

/**
 * The steps of one mode. The steps leaving node u are numbered offsets[u] to
 * offsets[u + 1] - 1, and step s reaches node next[s]; the nodes with a step into v are
 * prev[revOffsets[v]] to prev[revOffsets[v + 1] - 1].
 * Step s joins the edges stepEdges[stepEdgeOffsets[s] ..] (ascending edge numbers) and
 * cites the references stepRefs[stepRefOffsets[s] ..] (distinct reference indices).
 */
export interface StepTable {
  offsets: Int32Array;
  next: Int32Array;
  revOffsets: Int32Array;
  prev: Int32Array;
  stepSign: Int8Array;
  /** 1 where every evidence item of every edge of the step is hedged ("may", "is thought"). */
  stepHedged: Uint8Array;
  stepEdgeOffsets: Int32Array;
  stepEdges: Int32Array;
  stepRefOffsets: Int32Array;
  stepRefs: Int32Array;
}

export interface PathIndex {
  readonly kind: 'path-index';
  readonly graph: ExonetGraph;
  readonly nodeIds: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly nodes: readonly GraphNode[];
  /** Each node's position in the ordinal order of ids, for the deterministic tie-break. */
  readonly idRank: Int32Array;
  /** Reference numbers by reference index, ascending. */
  readonly refNumbers: readonly number[];
  hasNode(id: string): boolean;
  edge(id: string): GraphEdge | undefined;
  /** The steps of a mode, built on first use. */
  steps(mode: PathMode): StepTable;
}

export function isPathIndex(value: ExonetGraph | PathIndex): value is PathIndex {
  return (value as PathIndex).kind === 'path-index';
}

interface EdgeArrays {
  edges: readonly GraphEdge[];
  /** Source and target node numbers, -1 for an edge whose end is not a node. */
  source: Int32Array;
  target: Int32Array;
  /** Distinct reference indices of each edge. */
  refOffsets: Int32Array;
  refs: Int32Array;
  /** 1 for an edge whose evidence is all hedged. */
  hedged: Uint8Array;
}

/** Compressed lists of (edge, other end) per node, in ascending edge order. */
function incidence(n: number, e: EdgeArrays, mode: PathMode) {
  const offsets = new Int32Array(n + 1);
  const joins = (i: number) => e.source[i] >= 0 && e.target[i] >= 0 && e.source[i] !== e.target[i] && (mode === 'undirected' || e.edges[i].sign !== 0);
  for (let i = 0; i < e.edges.length; i++) {
    if (!joins(i)) continue;
    offsets[e.source[i] + 1]++;
    if (mode === 'undirected') offsets[e.target[i] + 1]++;
  }
  for (let u = 0; u < n; u++) offsets[u + 1] += offsets[u];
  const fill = offsets.slice(0, n);
  const edge = new Int32Array(offsets[n]);
  const other = new Int32Array(offsets[n]);
  for (let i = 0; i < e.edges.length; i++) {
    if (!joins(i)) continue;
    const [s, t] = [e.source[i], e.target[i]];
    edge[fill[s]] = i;
    other[fill[s]++] = t;
    if (mode === 'undirected') {
      edge[fill[t]] = i;
      other[fill[t]++] = s;
    }
  }
  return { offsets, edge, other };
}

function reverseOf(n: number, offsets: Int32Array, next: Int32Array) {
  const revOffsets = new Int32Array(n + 1);
  for (const v of next) revOffsets[v + 1]++;
  for (let i = 0; i < n; i++) revOffsets[i + 1] += revOffsets[i];
  const fill = revOffsets.slice(0, n);
  const prev = new Int32Array(next.length);
  for (let u = 0; u < n; u++) for (let j = offsets[u]; j < offsets[u + 1]; j++) prev[fill[next[j]]++] = u;
  return { revOffsets, prev };
}

function buildStepTable(n: number, refCount: number, e: EdgeArrays, mode: PathMode): StepTable {
  const inc = incidence(n, e, mode);
  const total = inc.edge.length;
  const offsets = new Int32Array(n + 1);
  const next = new Int32Array(total);
  const stepSign = new Int8Array(total);
  const stepHedged = new Uint8Array(total);
  const stepEdgeOffsets = new Int32Array(total + 1);
  const stepEdges = new Int32Array(total);
  let refTotal = 0;
  for (let j = 0; j < total; j++) refTotal += e.refOffsets[inc.edge[j] + 1] - e.refOffsets[inc.edge[j]];
  const stepRefOffsets = new Int32Array(total + 1);
  const stepRefs = new Int32Array(refTotal);
  const owner = new Int32Array(n).fill(-1);
  const stepOfOther = new Int32Array(n);
  const refOwner = new Int32Array(refCount).fill(-1);
  let steps = 0;
  let refLength = 0;

  for (let u = 0; u < n; u++) {
    offsets[u] = steps;
    const first = steps;
    // Pass 1: one step per distinct other end, in order of first appearance; count edges.
    for (let j = inc.offsets[u]; j < inc.offsets[u + 1]; j++) {
      const v = inc.other[j];
      if (owner[v] !== u) {
        owner[v] = u;
        stepOfOther[v] = steps;
        next[steps] = v;
        steps++;
      }
      stepEdgeOffsets[stepOfOther[v] + 1]++;
    }
    for (let s = first; s < steps; s++) stepEdgeOffsets[s + 1] += stepEdgeOffsets[s];
    // Pass 2: place the edges (ascending, as the incidence lists are), then sign and refs.
    const cursor = stepEdgeOffsets.slice(first, steps);
    for (let j = inc.offsets[u]; j < inc.offsets[u + 1]; j++) stepEdges[cursor[stepOfOther[inc.other[j]] - first]++] = inc.edge[j];
    for (let s = first; s < steps; s++) {
      // Only the edges that go along the step (from u) give it a sign: a step walked
      // against every one of its edges has no effect in the walking direction (sign 0).
      let alongSign: number | null = null;
      let sign = 0;
      let hedged = 1;
      for (let x = stepEdgeOffsets[s]; x < stepEdgeOffsets[s + 1]; x++) {
        const edge = stepEdges[x];
        hedged &= e.hedged[edge];
        if (e.source[edge] === u) {
          if (alongSign === null) sign = alongSign = e.edges[edge].sign;
          else if (e.edges[edge].sign !== alongSign) sign = 0;
        }
        for (let r = e.refOffsets[edge]; r < e.refOffsets[edge + 1]; r++) {
          if (refOwner[e.refs[r]] === s) continue;
          refOwner[e.refs[r]] = s;
          stepRefs[refLength++] = e.refs[r];
        }
      }
      stepSign[s] = sign;
      stepHedged[s] = hedged;
      stepRefOffsets[s + 1] = refLength;
    }
  }
  offsets[n] = steps;
  const forward = next.slice(0, steps);
  const reverse = mode === 'causal' ? reverseOf(n, offsets, forward) : { revOffsets: offsets, prev: forward };
  return {
    offsets,
    next: forward,
    ...reverse,
    stepSign: stepSign.slice(0, steps),
    stepHedged: stepHedged.slice(0, steps),
    stepEdgeOffsets: stepEdgeOffsets.slice(0, steps + 1),
    stepEdges,
    stepRefOffsets: stepRefOffsets.slice(0, steps + 1),
    stepRefs: stepRefs.slice(0, refLength),
  };
}

function edgeArrays(graph: ExonetGraph, indexOf: ReadonlyMap<string, number>, refNumbers: readonly number[]): EdgeArrays {
  const m = graph.edges.length;
  const refIndexOf = new Map(refNumbers.map((r, i) => [r, i]));
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const refOffsets = new Int32Array(m + 1);
  const refs: number[] = [];
  const hedged = new Uint8Array(m);
  const seenBy = new Int32Array(refNumbers.length).fill(-1);
  graph.edges.forEach((edge, i) => {
    source[i] = indexOf.get(edge.source) ?? -1;
    target[i] = indexOf.get(edge.target) ?? -1;
    for (const ev of edge.evidence) {
      for (const r of ev.refs) {
        const ri = refIndexOf.get(r)!;
        if (seenBy[ri] !== i) refs.push(ri);
        seenBy[ri] = i;
      }
    }
    refOffsets[i + 1] = refs.length;
    hedged[i] = isHedgedOnly(edge.evidence) ? 1 : 0;
  });
  return { edges: graph.edges, source, target, refOffsets, refs: Int32Array.from(refs), hedged };
}

function sortedRefNumbers(edges: readonly GraphEdge[]): number[] {
  const refs = new Set<number>();
  for (const edge of edges) for (const ev of edge.evidence) for (const r of ev.refs) refs.add(r);
  return [...refs].sort((a, b) => a - b);
}

/** Builds the index of a valid graph; the graph must not change while the index is used. */
export function createPathIndex(graph: ExonetGraph): PathIndex {
  const nodeIds = graph.nodes.map((n) => n.id);
  const indexOf = new Map(nodeIds.map((id, i) => [id, i]));
  const refNumbers = sortedRefNumbers(graph.edges);
  const idRank = new Int32Array(nodeIds.length);
  const byId = nodeIds.map((_, i) => i).sort((a, b) => (nodeIds[a] < nodeIds[b] ? -1 : nodeIds[a] > nodeIds[b] ? 1 : 0));
  byId.forEach((nodeIndex, rank) => (idRank[nodeIndex] = rank));

  const edges = edgeArrays(graph, indexOf, refNumbers);
  const tables = new Map<PathMode, StepTable>();
  let edgeIndexOf: Map<string, number> | undefined;
  return {
    kind: 'path-index',
    graph,
    nodeIds,
    indexOf,
    nodes: graph.nodes,
    idRank,
    refNumbers,
    hasNode: (id) => indexOf.has(id),
    edge: (id) => {
      edgeIndexOf ??= new Map(graph.edges.map((e, i) => [e.id, i]));
      const i = edgeIndexOf.get(id);
      return i === undefined ? undefined : graph.edges[i];
    },
    steps(mode) {
      let table = tables.get(mode);
      if (!table) {
        table = buildStepTable(nodeIds.length, refNumbers.length, edges, mode);
        tables.set(mode, table);
      }
      return table;
    },
  };
}

const cache = new WeakMap<ExonetGraph, PathIndex>();

/** The index of a graph, built once per graph object (graphs are never changed in place). */
export function pathIndexOf(graph: ExonetGraph | PathIndex): PathIndex {
  if (isPathIndex(graph)) return graph;
  let index = cache.get(graph);
  if (!index) {
    index = createPathIndex(graph);
    cache.set(graph, index);
  }
  return index;
}
