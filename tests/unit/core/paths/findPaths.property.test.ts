import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExonetGraph, GraphEdge, NodeType, Sign } from '../../../../src/core/model/types';
import { createPathIndex, findPaths } from '../../../../src/core/paths/findPaths';
import type { PathOptions } from '../../../../src/core/paths/pathTypes';
import { bruteForcePaths } from './bruteForcePaths';

// Ids out of alphabetical order, so that the id tie-break differs from the insertion order.
const IDS = ['d', 'b', 'g', 'a', 'f', 'c', 'e', 'h'];
const TYPES: NodeType[] = ['protein', 'cell', 'hallmark'];
const RELATIONS: [string, Sign][] = [['activates', 1], ['promotes', 1], ['inhibits', -1], ['suppresses', -1], ['binds', 0], ['carries', 0]];

interface Case {
  graph: ExonetGraph;
  from: string;
  to: string;
  options: PathOptions;
}

/** Random small graphs: few refs (so ties are common), cycles, self-loops, parallel edges. */
function caseArbitrary(nodes: [number, number], edges: [number, number], maxHops: number): fc.Arbitrary<Case> {
  return fc.noBias(fc.integer({ min: nodes[0], max: nodes[1] })).chain((n) => {
    const ids = IDS.slice(0, n);
    const node = fc.noBias(fc.constantFrom(...ids));
    const edge = fc.record({ s: node, t: node, r: fc.constantFrom(...RELATIONS), refs: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 3 }) });
    return fc.record({
      types: fc.array(fc.constantFrom(...TYPES), { minLength: n, maxLength: n }),
      edges: fc.array(edge, { minLength: edges[0], maxLength: edges[1], size: 'max' }),
      from: node,
      to: node,
      options: fc.record({
        k: fc.option(fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constant(1000)), { nil: undefined, freq: 4 }),
        maxHops: fc.option(fc.oneof(fc.constant(maxHops), fc.integer({ min: 0, max: maxHops })), { nil: undefined, freq: 3 }),
        mode: fc.option(fc.constantFrom('causal' as const, 'undirected' as const), { nil: undefined, freq: 3 }),
        avoidNodes: fc.option(fc.subarray(ids, { maxLength: 2 }), { nil: undefined, freq: 2 }),
        avoidTypes: fc.option(fc.subarray(TYPES, { maxLength: 1 }), { nil: undefined, freq: 2 }),
        effect: fc.option(fc.constantFrom('promotes' as const, 'suppresses' as const), { nil: undefined, freq: 2 }),
      }),
    }).map(({ types, edges: drawn, from, to, options }) => {
      const graphEdges: GraphEdge[] = drawn.map((e, i) => ({
        id: `e${i}`, source: e.s, target: e.t, relation: e.r[0], sign: e.r[1],
        evidence: [{ refs: e.refs, section: 'immune', claim: 'c' }],
      }));
      const graph: ExonetGraph = {
        format: 'exonet-graph', version: 1, source: { title: 't', authors: [] },
        nodes: ids.map((id, i) => ({ id, label: id, type: types[i] })), edges: graphEdges,
      };
      return { graph, from, to, options };
    });
  });
}

describe('core/paths/findPaths (properties)', () => {
  describe('findPaths', () => {
    it('should reject a non-integer k whatever the graph', () => {
      fc.assert(
        fc.property(caseArbitrary([2, 4], [0, 6], 3), fc.double({ min: 0.1, max: 9.9, noInteger: true }), (c, k) => {
          expect(() => findPaths(c.graph, c.from, c.to, { ...c.options, k })).toThrow(RangeError);
        }),
        { numRuns: 50 },
      );
    });

    it('should equal the brute-force enumeration on random small graphs', () => {
      fc.assert(
        fc.property(caseArbitrary([2, 6], [0, 14], 5), (c) => {
          expect(findPaths(c.graph, c.from, c.to, c.options)).toEqual(bruteForcePaths(c.graph, c.from, c.to, c.options));
        }),
        { numRuns: 500 },
      );
    });

    it('should equal the brute-force enumeration on denser graphs with longer paths', () => {
      fc.assert(
        fc.property(caseArbitrary([4, 8], [16, 36], 7), (c) => {
          expect(findPaths(c.graph, c.from, c.to, c.options)).toEqual(bruteForcePaths(c.graph, c.from, c.to, c.options));
        }),
        { numRuns: 200 },
      );
    });

    it('should answer the same from one shared index as from the graph, query after query', () => {
      fc.assert(
        fc.property(caseArbitrary([3, 6], [6, 20], 5), fc.array(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...IDS)), { maxLength: 4 }), (c, pairs) => {
          const index = createPathIndex(c.graph);
          for (const [from, to] of [[c.from, c.to], ...pairs]) {
            expect(findPaths(index, from, to, c.options)).toEqual(bruteForcePaths(c.graph, from, to, c.options));
          }
        }),
        { numRuns: 200 },
      );
    });

    it('should return simple paths that respect the options', () => {
      fc.assert(
        fc.property(caseArbitrary([3, 7], [6, 24], 6), (c) => {
          const paths = findPaths(c.graph, c.from, c.to, c.options);
          const { k = 5, maxHops = 5, avoidNodes = [], effect } = c.options;
          expect(paths.length).toBeLessThanOrEqual(k);
          for (const p of paths) {
            expect(new Set(p.nodes).size).toBe(p.nodes.length);
            expect([p.nodes[0], p.nodes[p.hops]]).toEqual([c.from, c.to]);
            expect(p.hops).toBeLessThanOrEqual(maxHops);
            expect(p.nodes.slice(1, -1).some((id) => avoidNodes.includes(id))).toBe(false);
            if (effect) expect(p.sign).toBe(effect === 'promotes' ? 1 : -1);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});
