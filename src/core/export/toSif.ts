// SIF, the simple interaction format of Cytoscape desktop: one `source<TAB>relation<TAB>target`
// line per edge, by node id, then each node without edges alone on its line (as SIF lists
// a lone node). Returns a string.

import type { ExonetGraph } from '../model/types';

export function toSif(graph: ExonetGraph): string {
  const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const lines = [
    ...graph.edges.map((e) => `${e.source}\t${e.relation}\t${e.target}`),
    ...graph.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id),
  ];
  return lines.map((line) => `${line}\n`).join('');
}
