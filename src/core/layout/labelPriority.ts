// Which node labels matter most on the whole map: hallmarks first, then the nodes that lie
// on the most shortest routes toward a hallmark (betweenness restricted to hallmark
// targets, Brandes' accumulation), then by degree. Computed with the layout
// (`npm run layout`), so the page does not compute it while loading.

import type { ExonetGraph } from '../model/types';

/** Betweenness of every node on shortest directed paths that end at a hallmark. */
export function hallmarkBetweenness(graph: ExonetGraph): Map<string, number> {
  const ids = graph.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const out: number[][] = ids.map(() => []);
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined && s !== t) out[s].push(t);
  }
  const isTarget = graph.nodes.map((n) => n.type === 'hallmark');
  const score = new Array<number>(ids.length).fill(0);
  for (let s = 0; s < ids.length; s++) {
    const sigma = new Array<number>(ids.length).fill(0);
    const dist = new Array<number>(ids.length).fill(-1);
    const preds: number[][] = ids.map(() => []);
    const order: number[] = [];
    sigma[s] = 1;
    dist[s] = 0;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q];
      order.push(v);
      for (const w of out[v]) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v] + 1) {
          sigma[w] += sigma[v];
          preds[w].push(v);
        }
      }
    }
    const delta = new Array<number>(ids.length).fill(0);
    for (let i = order.length - 1; i >= 0; i--) {
      const w = order[i];
      const fromW = (isTarget[w] && w !== s ? 1 : 0) + delta[w];
      for (const v of preds[w]) delta[v] += (sigma[v] / sigma[w]) * fromW;
      if (w !== s) score[w] += delta[w];
    }
  }
  return new Map(ids.map((id, i) => [id, score[i]]));
}

/** Node ids, the label most worth showing first. */
export function labelPriority(graph: ExonetGraph): string[] {
  const between = hallmarkBetweenness(graph);
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const hallmark = new Set(graph.nodes.filter((n) => n.type === 'hallmark').map((n) => n.id));
  return graph.nodes
    .map((n) => n.id)
    .sort((a, b) =>
      Number(hallmark.has(b)) - Number(hallmark.has(a)) ||
      (between.get(b) ?? 0) - (between.get(a) ?? 0) ||
      (degree.get(b) ?? 0) - (degree.get(a) ?? 0) ||
      a.localeCompare(b),
    );
}
