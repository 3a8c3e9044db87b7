import fc from 'fast-check';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { causalMatrix } from '../../../../src/core/insight/causalMatrix';
import { findContradictions } from '../../../../src/core/insight/contradictions';
import { causalStepGraph, restrictedBetweenness } from '../../../../src/core/insight/keyMediators';
import { knockOut } from '../../../../src/core/insight/knockout';
import { createPathIndex, findPaths } from '../../../../src/core/paths/findPaths';
import { bruteForcePaths } from '../paths/bruteForcePaths';
import { betweennessByPairCounts, columnsOf, matrixByEnumeration, rowsOf } from './bruteForceInsight';
import { insightGraphArbitrary } from './insightGraphArbitrary';

const hops = fc.integer({ min: 1, max: 5 });

describe('core/insight (properties)', { timeout: 60_000 }, () => {
  describe('causalMatrix', () => {
    it('should have a cell exactly where findPaths finds a path, with its fewest hops', () => {
      fc.assert(
        fc.property(insightGraphArbitrary(), hops, (graph, maxHops) => {
          const index = createPathIndex(graph);
          const matrix = causalMatrix(index, { maxHops });
          const cells = new Map(matrix.cells.map((c) => [`${c.row}>${c.column}`, c]));
          for (const row of matrix.rows) {
            for (const column of matrix.columns) {
              const [best] = findPaths(index, row, column, { k: 1, maxHops });
              expect(cells.get(`${row}>${column}`)?.hops).toBe(best?.hops);
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    it('should give the net sign of all the shortest paths that brute force enumerates', () => {
      fc.assert(
        fc.property(insightGraphArbitrary(), hops, (graph, maxHops) => {
          const matrix = causalMatrix(graph, { maxHops });
          for (const cell of matrix.cells) {
            const all = bruteForcePaths(graph, cell.row, cell.column, { k: 10_000, maxHops: cell.hops });
            const shortest = all.filter((p) => p.hops === cell.hops);
            expect(shortest.length).toBeGreaterThan(0);
            const signs = new Set(shortest.map((p) => p.sign));
            expect(cell.sign).toBe(signs.size === 1 && !signs.has(0) ? [...signs][0] : 0);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('should equal the matrix of the independent enumeration, rows and columns included', () => {
      fc.assert(
        fc.property(insightGraphArbitrary(), hops, fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 2 }), (graph, maxHops, removed) => {
          const known = removed.filter((id) => graph.nodes.some((n) => n.id === id));
          const { rows, columns, cells } = matrixByEnumeration(graph, maxHops, known);
          expect(causalMatrix(graph, { maxHops, removed: known })).toEqual({ rows, columns, cells });
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('knockOut', () => {
    it('should never add a path nor shorten one, and count every pair that had a path as lost or kept', () => {
      fc.assert(
        fc.property(insightGraphArbitrary(), hops, fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 3 }), (graph, maxHops, removed) => {
          const result = knockOut(graph, removed, { maxHops });
          const before = new Map(result.before.cells.map((c) => [`${c.row}>${c.column}`, c]));
          for (const cell of result.after.cells) {
            expect(before.get(`${cell.row}>${cell.column}`)?.hops).toBeLessThanOrEqual(cell.hops);
          }
          const gone = new Set(result.removed);
          const eligible = result.before.cells.filter((c) => !gone.has(c.row) && !gone.has(c.column));
          expect(result.lost.length + result.kept).toBe(eligible.length);
          expect(result.kept).toBe(result.after.cells.length);
        }),
        { numRuns: 300 },
      );
    });

    it('should list as lost exactly the pairs that brute force finds no path for once the nodes are avoided', () => {
      fc.assert(
        fc.property(insightGraphArbitrary(), hops, fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 3 }), (graph, maxHops, removed) => {
          const result = knockOut(graph, removed, { maxHops });
          const lost = new Set(result.lost.map((p) => `${p.from}>${p.to}`));
          for (const cell of result.before.cells) {
            if (result.removed.includes(cell.row) || result.removed.includes(cell.column)) continue;
            const still = bruteForcePaths(graph, cell.row, cell.column, { k: 1, maxHops, avoidNodes: result.removed }).length > 0;
            expect(lost.has(`${cell.row}>${cell.column}`)).toBe(!still);
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('findContradictions', () => {
    it('should list exactly the pairs with a promoting and a suppressing path, each the best of its sign', () => {
      fc.assert(
        fc.property(insightGraphArbitrary(), hops, (graph, maxHops) => {
          const found = new Map(findContradictions(graph, { maxHops }).map((c) => [`${c.from}>${c.to}`, c]));
          for (const row of rowsOf(graph)) {
            for (const column of columnsOf(graph)) {
              const [promotes] = bruteForcePaths(graph, row, column, { k: 1, maxHops, effect: 'promotes' });
              const [suppresses] = bruteForcePaths(graph, row, column, { k: 1, maxHops, effect: 'suppresses' });
              const pair = found.get(`${row}>${column}`);
              if (promotes && suppresses) expect(pair).toEqual({ from: row, to: column, promotes, suppresses });
              else expect(pair).toBeUndefined();
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('restrictedBetweenness', () => {
    it("should equal graphology-metrics' unnormalised betweenness when every node is a source and a target", () => {
      fc.assert(
        fc.property(insightGraphArbitrary(10, 30), (graph) => {
          const g = causalStepGraph(graph);
          const all = graph.nodes.map((n) => n.id);
          const ours = restrictedBetweenness(g, all, all);
          const theirs = betweenness(g, { normalized: false, getEdgeWeight: null });
          for (const id of all) expect(ours.get(id)).toBeCloseTo(theirs[id], 9);
        }),
        { numRuns: 300 },
      );
    });

    it('should equal betweenness from shortest-path counts for protein sources and hallmark targets', () => {
      fc.assert(
        fc.property(insightGraphArbitrary(10, 30), (graph) => {
          const ours = restrictedBetweenness(causalStepGraph(graph), rowsOf(graph), columnsOf(graph));
          const reference = betweennessByPairCounts(graph, rowsOf(graph), columnsOf(graph));
          for (const node of graph.nodes) expect(ours.get(node.id)).toBeCloseTo(reference.get(node.id)!, 9);
        }),
        { numRuns: 300 },
      );
    });
  });
});
