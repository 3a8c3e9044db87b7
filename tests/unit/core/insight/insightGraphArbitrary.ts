// Random small graphs for the insight functions: exosomal proteins, hallmarks and other
// nodes; cycles, self-loops, parallel edges that agree or disagree, unsigned edges.

import fc from 'fast-check';
import type { ExonetGraph, GraphEdge, GraphNode, Sign } from '../../../../src/core/model/types';
import { RELATION_SIGNS } from '../../../../src/core/model/vocabulary';

// Ids out of alphabetical order, so that sorting is not the insertion order.
const IDS = ['d', 'b', 'g', 'a', 'f', 'c', 'e', 'h', 'j', 'i'];
const ROLES = ['row', 'column', 'other', 'plain-protein'] as const;
// Signs from the vocabulary (so a relation whose sign changes there is followed here), and
// relations that may state a direction given one explicitly.
const SIGNED: [string, Sign][] = [['activates', 1], ['inhibits', -1], ['targets', 1], ['targets', -1], ['binds', -1]];
const RELATIONS: [string, Sign][] = [
  ...(['promotes', 'suppresses', 'differentiates_into', 'carries', 'part_of'] as const).map((r): [string, Sign] => [r, RELATION_SIGNS[r]]),
  ...SIGNED,
];

function nodeOf(id: string, role: (typeof ROLES)[number]): GraphNode {
  if (role === 'row') return { id, label: id.toUpperCase(), type: 'protein', exosomal: true };
  if (role === 'column') return { id, label: `${id} hallmark`, type: 'hallmark' };
  if (role === 'plain-protein') return { id, label: id.toUpperCase(), type: 'protein' };
  return { id, label: id, type: 'cell' };
}

export function insightGraphArbitrary(maxNodes = 8, maxEdges = 18): fc.Arbitrary<ExonetGraph> {
  return fc.integer({ min: 2, max: maxNodes }).chain((n) => {
    // Mostly causal relations, so that paths of several steps and of both signs are common.
    const ids = IDS.slice(0, n);
    const node = fc.constantFrom(...ids);
    const relation = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...RELATIONS.filter(([, sign]) => sign !== 0)) }, { weight: 1, arbitrary: fc.constantFrom(...RELATIONS.filter(([, sign]) => sign === 0)) });
    const edge = fc.record({ s: node, t: node, r: relation, refs: fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { maxLength: 2 }) });
    return fc
      .record({
        roles: fc.array(fc.constantFrom(...ROLES, 'row', 'column', 'other'), { minLength: n, maxLength: n }),
        edges: fc.array(edge, { minLength: n, maxLength: maxEdges, size: 'max' }),
      })
      .map(({ roles, edges }): ExonetGraph => {
        const seen = new Set<string>();
        const graphEdges: GraphEdge[] = [];
        for (const e of edges) {
          const id = `${e.s}--${e.r[0]}--${e.t}`;
          if (seen.has(id)) continue;
          seen.add(id);
          graphEdges.push({ id, source: e.s, target: e.t, relation: e.r[0], sign: e.r[1], evidence: [{ refs: e.refs, section: 'immune', claim: 'c' }] });
        }
        return {
          format: 'exonet-graph', version: 1, source: { title: 't', authors: [] },
          nodes: ids.map((id, i) => nodeOf(id, roles[i])), edges: graphEdges,
        };
      });
  });
}
