// Filtering: criteria -> the ids of the nodes and edges that stay visible. Pure, and
// independent of any rendering, so the canvas, the exports and the CLI share it.

import { isHedged, isHedgedOnly } from '../model/certainty';
import type { Evidence, ExonetGraph, GraphEdge } from '../model/types';
import { DEFAULT_HALLMARK_HOPS, type FilterCriteria, type VisibleSet } from './criteria';

function evidenceMatches(item: Evidence, cancers: Set<string> | null, sections: Set<string> | null, hideHedged: boolean): boolean {
  if (hideHedged && isHedged(item)) return false;
  if (sections && !sections.has(item.section)) return false;
  if (cancers && !(item.context?.cancer ?? []).some((c) => cancers.has(c))) return false;
  return true;
}

function nonEmptySet<T>(values: readonly T[] | undefined): Set<T> | null {
  return values && values.length ? new Set(values) : null;
}

/** Nodes within `hops` steps of the seeds, walking edges forward, backward or both ways. */
export function reachWithin(
  edges: readonly GraphEdge[],
  seeds: Iterable<string>,
  hops: number,
  direction: 'forward' | 'backward' | 'both',
): Set<string> {
  const next = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  };
  for (const e of edges) {
    if (direction !== 'backward') link(e.source, e.target);
    if (direction !== 'forward') link(e.target, e.source);
  }
  const seen = new Set(seeds);
  let frontier = [...seen];
  for (let step = 0; step < hops && frontier.length; step++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          following.push(n);
        }
      }
    }
    frontier = following;
  }
  return seen;
}

/** Breadth-first distances from the seeds, walking edges forward or backward, up to `limit`. */
function distancesFrom(edges: readonly GraphEdge[], seeds: Iterable<string>, limit: number, backward: boolean): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const [from, to] = backward ? [e.target, e.source] : [e.source, e.target];
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  const dist = new Map<string, number>();
  let frontier = [...new Set(seeds)];
  for (const id of frontier) dist.set(id, 0);
  for (let d = 1; d <= limit && frontier.length; d++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (!dist.has(n)) {
          dist.set(n, d);
          following.push(n);
        }
      }
    }
    frontier = following;
  }
  return dist;
}

/**
 * The matching edges that lie within `hops` steps of a hallmark, and the edges of the
 * short paths (at most `hops` steps in all) that lead from them to the hallmarks.
 */
function shortPathsToHallmarks(all: readonly GraphEdge[], matching: readonly GraphEdge[], hallmarks: string[], hops: number): { nodes: Set<string>; edges: GraphEdge[] } {
  const toHallmark = distancesFrom(all, hallmarks, hops, true);
  // A path starts at a matching edge's source: the edge is step 1, so its target must be
  // at most hops - 1 steps from a hallmark.
  const seeds = matching.filter((e) => (toHallmark.get(e.target) ?? Infinity) + 1 <= hops);
  const fromSeeds = distancesFrom(all, seeds.map((e) => e.target), hops, false);
  const onPath = all.filter((e) => {
    const a = fromSeeds.get(e.source);
    const b = toHallmark.get(e.target);
    return a !== undefined && b !== undefined && 1 + a + 1 + b <= hops;
  });
  const edges = [...new Set([...seeds, ...onPath])];
  const nodes = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes, edges };
}

export function applyFilters(graph: ExonetGraph, criteria: FilterCriteria): VisibleSet {
  const types = nonEmptySet(criteria.nodeTypes);
  const cancers = nonEmptySet(criteria.cancers);
  const sections = nonEmptySet(criteria.sections);
  const signs = nonEmptySet(criteria.signs);

  let nodes = new Set(graph.nodes.filter((n) => !types || types.has(n.type)).map((n) => n.id));
  const hideHedged = !!criteria.hideHedged;
  const structural = graph.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target) && (!signs || signs.has(e.sign)) && !(hideHedged && isHedgedOnly(e.evidence)));
  const byEvidence = !cancers && !sections;
  let edges = byEvidence ? structural : structural.filter((e) => e.evidence.some((item) => evidenceMatches(item, cancers, sections, hideHedged)));

  const hallmarks = (criteria.hallmarks ?? []).filter((id) => nodes.has(id));
  if (criteria.hallmarks?.length) {
    const hops = criteria.hallmarkHops ?? DEFAULT_HALLMARK_HOPS;
    if (byEvidence) {
      const reach = reachWithin(edges, hallmarks, hops, 'backward');
      nodes = new Set([...nodes].filter((id) => reach.has(id)));
      edges = edges.filter((e) => nodes.has(e.source) && nodes.has(e.target));
    } else {
      // With a cancer or section filter, show how that evidence leads to the hallmarks: the
      // matching edges plus every edge on a path of at most `hops` steps from them to a hallmark.
      const kept = shortPathsToHallmarks(structural, edges, hallmarks, hops);
      nodes = kept.nodes;
      edges = kept.edges;
    }
  }

  if (criteria.focus) {
    const { nodeId, hops } = criteria.focus;
    const reach = nodes.has(nodeId) ? reachWithin(edges, [nodeId], hops, 'both') : new Set<string>();
    nodes = new Set([...nodes].filter((id) => reach.has(id)));
    edges = edges.filter((e) => nodes.has(e.source) && nodes.has(e.target));
  }

  if (criteria.hideIsolated || cancers || sections) {
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const keep = new Set(criteria.focus ? [criteria.focus.nodeId] : []);
    nodes = new Set([...nodes].filter((id) => linked.has(id) || keep.has(id)));
  }

  return { nodes, edges: new Set(edges.map((e) => e.id)) };
}

/** The cancer types named in evidence contexts, with how many edges mention each. */
export function cancerFacets(graph: ExonetGraph): Array<{ cancer: string; edges: number }> {
  const counts = new Map<string, number>();
  for (const edge of graph.edges) {
    const named = new Set(edge.evidence.flatMap((e) => e.context?.cancer ?? []));
    for (const c of named) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].map(([cancer, edges]) => ({ cancer, edges })).sort((a, b) => b.edges - a.edges || a.cancer.localeCompare(b.cancer));
}

/** The subgraph made of the visible elements. */
export function subgraphOf(graph: ExonetGraph, visible: VisibleSet): ExonetGraph {
  const positions = graph.positions
    ? Object.fromEntries(Object.entries(graph.positions).filter(([id]) => visible.nodes.has(id)))
    : undefined;
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => visible.nodes.has(n.id)),
    edges: graph.edges.filter((e) => visible.edges.has(e.id) && visible.nodes.has(e.source) && visible.nodes.has(e.target)),
    ...(positions ? { positions } : {}),
  };
}
