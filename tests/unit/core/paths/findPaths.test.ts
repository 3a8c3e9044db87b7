import { describe, expect, it } from 'vitest';
import { createPathIndex, findPaths } from '../../../../src/core/paths/findPaths';
import type { PathOptions } from '../../../../src/core/paths/pathTypes';
import { bruteForcePaths } from './bruteForcePaths';
import { tinyGraph } from './tinyGraph';

const nodesOf = (g: Parameters<typeof findPaths>[0], from: string, to: string, options?: PathOptions) =>
  findPaths(g, from, to, options).map((p) => p.nodes.join(' '));

describe('core/paths/findPaths', () => {
  describe('findPaths', () => {
    const chain = tinyGraph(['a -activates-> b [1]', 'b -activates-> c [2]']);

    it('should throw a RangeError for options that make no sense', () => {
      expect(() => findPaths(chain, 'a', 'c', { k: 0 })).toThrow(RangeError);
      expect(() => findPaths(chain, 'a', 'c', { k: 1.5 })).toThrow(/k must be/);
      expect(() => findPaths(chain, 'a', 'c', { maxHops: -1 })).toThrow(/maxHops/);
      expect(() => findPaths(chain, 'a', 'c', { mode: 'sideways' as never })).toThrow(/mode/);
      expect(() => findPaths(chain, 'a', 'c', { effect: 'cures' as never })).toThrow(/effect/);
    });

    it('should return no path for unknown ids or a start equal to the end', () => {
      expect(findPaths(chain, 'nope', 'c')).toEqual([]);
      expect(findPaths(chain, 'a', 'nope')).toEqual([]);
      expect(findPaths(chain, 'a', 'a')).toEqual([]);
    });

    it('should return no path when the end is out of reach within maxHops', () => {
      expect(findPaths(chain, 'a', 'c', { maxHops: 1 })).toEqual([]);
      expect(findPaths(chain, 'c', 'a')).toEqual([]);
      expect(findPaths(tinyGraph([], {}, ['x', 'y']), 'x', 'y')).toEqual([]);
    });

    it('should report nodes, edges, steps, net sign, refs and hops', () => {
      const g = tinyGraph(['a -activates-> b [3,1]', 'b -inhibits-> c [1,2]']);
      expect(findPaths(g, 'a', 'c')).toEqual([
        {
          nodes: ['a', 'b', 'c'],
          edges: ['a--activates--b-0', 'b--inhibits--c-1'],
          steps: [
            { from: 'a', to: 'b', edges: ['a--activates--b-0'], sign: 1, backward: false, hedged: false },
            { from: 'b', to: 'c', edges: ['b--inhibits--c-1'], sign: -1, backward: false, hedged: false },
          ],
          sign: -1,
          backwardSteps: 0,
          refs: [1, 2, 3],
          hops: 2,
          hedged: 0,
        },
      ]);
    });

    it('should follow only signed edges in their direction in causal mode', () => {
      const g = tinyGraph(['a -binds-> b', 'b -activates-> c', 'c -activates-> a']);
      expect(nodesOf(g, 'a', 'c')).toEqual([]);
      expect(nodesOf(g, 'c', 'a')).toEqual(['c a']);
    });

    it('should merge parallel edges into one step whose sign is 0 when they disagree', () => {
      const g = tinyGraph(['a -activates-> b [1]', 'a -inhibits-> b [2]', 'a -promotes-> c', 'a -induces-> c']);
      const [ab] = findPaths(g, 'a', 'b');
      expect(ab.steps).toEqual([{ from: 'a', to: 'b', edges: ['a--activates--b-0', 'a--inhibits--b-1'], sign: 0, backward: false, hedged: false }]);
      expect(ab).toMatchObject({ sign: 0, refs: [1, 2], hops: 1 });
      expect(findPaths(g, 'a', 'c')[0].sign).toBe(1);
    });

    it('should never use a self-loop or visit a node twice', () => {
      const g = tinyGraph(['a -activates-> a', 'a -activates-> b', 'b -activates-> a', 'b -activates-> c']);
      expect(nodesOf(g, 'a', 'c', { k: 10, maxHops: 8 })).toEqual(['a b c']);
    });

    it('should rank by hops, then by fewer hedged-only steps, then by distinct refs', () => {
      const g = tinyGraph([
        'a -activates-> y [1,2,3] hedged', 'y -activates-> t [4]', // 2 hops, 1 hedged step, 4 refs
        'a -activates-> x [1]', 'x -activates-> t [1]', // 2 hops, plain, 1 ref
        'a -activates-> w [5] hedged', 'w -activates-> t [6] hedged', // 2 hops, 2 hedged steps
        'a -activates-> v [7] hedged', 'a -promotes-> v [8]', 'v -activates-> t [9] hedged', // a plain edge makes the first step plain
        'a -activates-> b [1] hedged', 'b -activates-> c [1]', 'c -activates-> t [1]', // 3 hops
      ]);
      const paths = findPaths(g, 'a', 't', { k: 10 });
      expect(paths.map((p) => `${p.nodes.join(' ')}:${p.hedged}`)).toEqual(['a x t:0', 'a y t:1', 'a v t:1', 'a w t:2', 'a b c t:1']);
      expect(paths[2].steps.map((s) => s.hedged)).toEqual([false, true]);
    });

    it('should rank by hops, then by distinct refs, then by node ids', () => {
      const g = tinyGraph([
        'a -activates-> z [1]', 'z -activates-> t [1]', // 2 hops, 1 ref
        'a -activates-> y [1]', 'y -activates-> t [2]', // 2 hops, 2 refs
        'a -activates-> x [1]', 'x -activates-> t [1]', // 2 hops, 1 ref, x before z
        'a -activates-> t', // 1 hop, no ref
      ]);
      expect(nodesOf(g, 'a', 't', { k: 10 })).toEqual(['a t', 'a y t', 'a x t', 'a z t']);
      expect(nodesOf(g, 'a', 't', { k: 2 })).toEqual(['a t', 'a y t']);
    });

    it('should use every edge both ways in undirected mode, with sign 0 for unsigned edges and backward steps', () => {
      const g = tinyGraph(['b -activates-> a', 'b -carries-> c', 'c -inhibits-> d']);
      expect(findPaths(g, 'a', 'd')).toEqual([]);
      const [path] = findPaths(g, 'a', 'd', { mode: 'undirected' });
      expect(path.nodes).toEqual(['a', 'b', 'c', 'd']);
      expect(path.steps.map((s) => s.backward)).toEqual([true, false, false]);
      expect(path.steps.map((s) => s.sign)).toEqual([0, 0, -1]);
      expect(path).toMatchObject({ sign: 0, backwardSteps: 1 });
    });

    it('should give a path with a step walked against its edge no net effect, so no effect filter matches it', () => {
      // a <-activates- b -activates-> c: every edge is activating, yet a does not drive c.
      const g = tinyGraph(['b -activates-> a [1]', 'b -activates-> c [2]', 'a -activates-> x [3]', 'x -activates-> c [4]']);
      const paths = findPaths(g, 'a', 'c', { mode: 'undirected', k: 5 });
      expect(paths.map((p) => [p.nodes.join(' '), p.sign, p.backwardSteps])).toEqual([
        ['a b c', 0, 1],
        ['a x c', 1, 0],
      ]);
      expect(findPaths(g, 'a', 'c', { mode: 'undirected', effect: 'promotes' }).map((p) => p.nodes.join(' '))).toEqual(['a x c']);
      expect(findPaths(g, 'a', 'c', { mode: 'undirected', effect: 'suppresses' })).toEqual([]);
    });

    it('should sign an undirected step walked forward like a causal one', () => {
      const g = tinyGraph(['a -inhibits-> b [1]', 'b -inhibits-> c [2]']);
      const [path] = findPaths(g, 'a', 'c', { mode: 'undirected' });
      expect(path).toMatchObject({ sign: 1, backwardSteps: 0 });
      const [back] = findPaths(g, 'c', 'a', { mode: 'undirected' });
      expect(back).toMatchObject({ sign: 0, backwardSteps: 2 });
    });

    it('should join the edges of both directions in one undirected step', () => {
      const g = tinyGraph(['a -activates-> b [1]', 'b -activates-> a [2]']);
      const [path] = findPaths(g, 'a', 'b', { mode: 'undirected' });
      expect(path.steps).toEqual([{ from: 'a', to: 'b', edges: ['a--activates--b-0', 'b--activates--a-1'], sign: 1, backward: false, hedged: false }]);
    });

    it('should avoid the given nodes and types but never the start or the end', () => {
      const g = tinyGraph(
        ['a -activates-> b', 'b -activates-> t', 'a -activates-> c', 'c -activates-> d', 'd -activates-> t'],
        { c: 'cell', a: 'cell', t: 'cell' },
      );
      expect(nodesOf(g, 'a', 't', { avoidNodes: ['b'] })).toEqual(['a c d t']);
      expect(nodesOf(g, 'a', 't', { avoidTypes: ['cell'] })).toEqual(['a b t']);
      expect(nodesOf(g, 'a', 't', { avoidNodes: ['a', 't', 'unknown'] })).toEqual(['a b t', 'a c d t']);
    });

    it('should keep only the paths with the required net effect', () => {
      const g = tinyGraph(['a -activates-> t', 'a -inhibits-> b', 'b -inhibits-> t', 'a -activates-> c', 'c -inhibits-> t']);
      expect(nodesOf(g, 'a', 't', { effect: 'promotes' })).toEqual(['a t', 'a b t']);
      expect(nodesOf(g, 'a', 't', { effect: 'suppresses' })).toEqual(['a c t']);
    });

    it('should keep the best paths of a hop level that holds very many paths', () => {
      const middle = Array.from({ length: 12 }, (_, i) => String.fromCharCode(98 + i)); // b..m
      const lines = middle.flatMap((x, i) => [
        `a -activates-> ${x} [${(i % 3) + 1}]`,
        ...middle.filter((y) => y !== x).map((y, j) => `${x} -inhibits-> ${y} [${(i * j) % 7 + 1}]`),
        `${x} -activates-> z [${(i % 5) + 10}]`,
      ]);
      const g = tinyGraph(lines);
      const options = { k: 7, maxHops: 3 };
      const paths = findPaths(g, 'a', 'z', options);
      expect(paths.map((p) => p.hops)).toEqual([2, 2, 2, 2, 2, 2, 2]);
      expect(findPaths(g, 'a', 'z', { k: 50, maxHops: 3 })).toEqual(bruteForcePaths(g, 'a', 'z', { k: 50, maxHops: 3 }));
      expect(findPaths(g, 'a', 'z', { ...options, effect: 'suppresses' })).toEqual(bruteForcePaths(g, 'a', 'z', { ...options, effect: 'suppresses' }));
    });

    it('should give the same paths from a prebuilt index, for both modes', () => {
      const g = tinyGraph(['a -activates-> b [4]', 'b -binds-> c [5]', 'c -inhibits-> d', 'a -inhibits-> d']);
      const index = createPathIndex(g);
      for (const mode of ['causal', 'undirected'] as const) {
        expect(findPaths(index, 'a', 'd', { mode })).toEqual(findPaths(g, 'a', 'd', { mode }));
      }
      expect(index.hasNode('a')).toBe(true);
      expect(index.hasNode('zz')).toBe(false);
    });
  });
});
