// The references that the insight functions are checked against, written apart from core:
// every simple causal path enumerated straight from the edge list (no path index, no
// breadth-first shortcut), and betweenness from its definition (shortest-path counts of
// every pair), not by Brandes' accumulation.

import type { ExonetGraph, Sign } from '../../../../src/core/model/types';

/** Causal steps: for each node, the nodes one causal edge away, with the step's sign. */
function causalSteps(graph: ExonetGraph): Map<string, Map<string, Sign>> {
  const steps = new Map<string, Map<string, Sign>>(graph.nodes.map((n) => [n.id, new Map()]));
  const signs = new Map<string, Set<Sign>>();
  for (const e of graph.edges) {
    if (e.sign === 0 || e.source === e.target || !steps.has(e.source) || !steps.has(e.target)) continue;
    const key = JSON.stringify([e.source, e.target]);
    signs.set(key, (signs.get(key) ?? new Set()).add(e.sign));
  }
  for (const [key, set] of signs) {
    const [s, t] = JSON.parse(key) as [string, string];
    steps.get(s)!.set(t, set.size === 1 ? [...set][0] : 0);
  }
  return steps;
}

export interface Reach {
  minHops: number;
  /** Net signs of the paths of minHops steps. */
  shortestSigns: Set<Sign>;
  /** Net signs of every path within the hops. */
  signs: Set<Sign>;
}

/** Every simple causal path from `source` of at most maxHops steps, avoiding `avoid`, summarised per end. */
export function reachByEnumeration(graph: ExonetGraph, source: string, maxHops: number, avoid: ReadonlySet<string> = new Set()): Map<string, Reach> {
  const steps = causalSteps(graph);
  const reach = new Map<string, Reach>();
  const onPath = new Set([source]);
  const walk = (u: string, hops: number, sign: Sign) => {
    if (hops === maxHops) return;
    for (const [v, s] of steps.get(u) ?? []) {
      if (onPath.has(v) || avoid.has(v)) continue;
      const net = (sign * s) as Sign;
      const r = reach.get(v);
      if (!r || hops + 1 < r.minHops) reach.set(v, { minHops: hops + 1, shortestSigns: new Set([net]), signs: new Set([...(r?.signs ?? []), net]) });
      else {
        if (hops + 1 === r.minHops) r.shortestSigns.add(net);
        r.signs.add(net);
      }
      onPath.add(v);
      walk(v, hops + 1, net);
      onPath.delete(v);
    }
  };
  if (steps.has(source) && !avoid.has(source)) walk(source, 0, 1);
  return reach;
}

export const rowsOf = (g: ExonetGraph) => g.nodes.filter((n) => n.type === 'protein' && n.exosomal === true).map((n) => n.id).sort();
export const columnsOf = (g: ExonetGraph) => g.nodes.filter((n) => n.type === 'hallmark').map((n) => n.id).sort();

export interface ReferenceCell {
  row: string;
  column: string;
  hops: number;
  sign: Sign;
}

export function matrixByEnumeration(graph: ExonetGraph, maxHops: number, removed: readonly string[] = []) {
  const avoid = new Set(removed);
  const rows = rowsOf(graph).filter((id) => !avoid.has(id));
  const columns = columnsOf(graph).filter((id) => !avoid.has(id));
  const cells: ReferenceCell[] = [];
  const signsOf = new Map<string, Set<Sign>>();
  for (const row of rows) {
    const reach = reachByEnumeration(graph, row, maxHops, avoid);
    for (const column of columns) {
      const r = reach.get(column);
      if (!r) continue;
      const only = r.shortestSigns.size === 1 ? [...r.shortestSigns][0] : 0;
      cells.push({ row, column, hops: r.minHops, sign: only });
      signsOf.set(`${row}>${column}`, r.signs);
    }
  }
  return { rows, columns, cells, signsOf };
}

/** Betweenness from its definition: for every source s and target t, the share of shortest s → t causal paths through v. */
export function betweennessByPairCounts(graph: ExonetGraph, sources: readonly string[], targets: readonly string[]): Map<string, number> {
  const steps = causalSteps(graph);
  const bfs = (s: string) => {
    const dist = new Map([[s, 0]]);
    const count = new Map([[s, 1]]);
    let frontier = [s];
    while (frontier.length) {
      const following: string[] = [];
      for (const u of frontier) {
        for (const v of steps.get(u)!.keys()) {
          if (!dist.has(v)) {
            dist.set(v, dist.get(u)! + 1);
            following.push(v);
          }
          if (dist.get(v) === dist.get(u)! + 1) count.set(v, (count.get(v) ?? 0) + count.get(u)!);
        }
      }
      frontier = following;
    }
    return { dist, count };
  };
  const from = new Map(graph.nodes.map((n) => [n.id, bfs(n.id)]));
  const score = new Map(graph.nodes.map((n) => [n.id, 0]));
  for (const s of new Set(sources)) {
    for (const t of new Set(targets)) {
      const st = from.get(s)!;
      if (s === t || !st.dist.has(t)) continue;
      for (const v of score.keys()) {
        if (v === s || v === t) continue;
        const vt = from.get(v)!;
        if (st.dist.has(v) && vt.dist.has(t) && st.dist.get(v)! + vt.dist.get(t)! === st.dist.get(t)!) {
          score.set(v, score.get(v)! + (st.count.get(v)! * vt.count.get(t)!) / st.count.get(t)!);
        }
      }
    }
  }
  return score;
}
