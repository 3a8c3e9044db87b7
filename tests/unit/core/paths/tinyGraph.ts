// Tiny graphs for the path tests, written as lines such as "a -activates-> b [1,2]"
// ("... hedged" for an edge whose evidence the review hedges).

import type { ExonetGraph, GraphEdge, GraphNode, NodeType, Sign } from '../../../../src/core/model/types';
import { RELATION_SIGNS } from '../../../../src/core/model/vocabulary';

const EDGE_LINE = /^(\S+) -(\w+)-> (\S+)(?: \[([\d, ]*)\])?( hedged)?$/;

/** Nodes come from the edges (type protein unless `types` says otherwise) and from `extra`. */
export function tinyGraph(lines: string[], types: Record<string, NodeType> = {}, extra: string[] = []): ExonetGraph {
  const ids = new Set<string>(extra);
  const edges: GraphEdge[] = lines.map((line, i) => {
    const m = EDGE_LINE.exec(line);
    if (!m) throw new Error(`bad edge line "${line}"`);
    const [, source, relation, target, refs, hedged] = m;
    ids.add(source);
    ids.add(target);
    const sign = RELATION_SIGNS[relation] as Sign;
    const evidence = [{ refs: refs ? refs.split(',').map(Number) : [], section: 'immune', claim: `claim ${i}`, ...(hedged ? { certainty: 'hedged' as const, hedge: 'may' } : {}) }];
    return { id: `${source}--${relation}--${target}-${i}`, source, target, relation, sign, evidence };
  });
  const nodes: GraphNode[] = [...ids].map((id) => ({ id, label: id.toUpperCase(), type: types[id] ?? 'protein' }));
  return { format: 'exonet-graph', version: 1, source: { title: 'Tiny review', authors: ['Doe J'], year: 2024, doi: '10.1/tiny' }, nodes, edges };
}
