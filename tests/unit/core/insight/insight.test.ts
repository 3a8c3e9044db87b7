import { describe, expect, it } from 'vitest';
import { causalMatrix } from '../../../../src/core/insight/causalMatrix';
import { findContradictions } from '../../../../src/core/insight/contradictions';
import { keyMediators } from '../../../../src/core/insight/keyMediators';
import { knockOut } from '../../../../src/core/insight/knockout';
import { familyMembers, familyStem } from '../../../../src/core/insight/nodeFamily';
import type { ExonetGraph, GraphEdge, GraphNode, Sign } from '../../../../src/core/model/types';

const protein = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({ id, label: id.toUpperCase(), type: 'protein', exosomal: true, ...extra });
const hallmark = (id: string): GraphNode => ({ id, label: id, type: 'hallmark' });
const cell = (id: string): GraphNode => ({ id, label: id, type: 'cell' });
const edge = (source: string, target: string, sign: Sign, relation = sign === 1 ? 'activates' : sign === -1 ? 'inhibits' : 'binds'): GraphEdge => ({
  id: `${source}--${relation}--${target}`, source, target, relation, sign, evidence: [{ refs: [1], section: 'immune', claim: 'c' }],
});
const graphOf = (nodes: GraphNode[], edges: GraphEdge[]): ExonetGraph => ({ format: 'exonet-graph', version: 1, source: { title: 't', authors: [] }, nodes, edges });

describe('core/insight', () => {
  describe('causalMatrix', () => {
    it('should refuse a maximum of hops that is not a whole number from 1', () => {
      const g = graphOf([protein('p'), hallmark('h')], []);
      expect(() => causalMatrix(g, { maxHops: 0 })).toThrow(RangeError);
      expect(() => causalMatrix(g, { maxHops: 2.5 })).toThrow(RangeError);
      expect(() => knockOut(g, [], { maxHops: -1 })).toThrow(RangeError);
      expect(() => findContradictions(g, { maxHops: Number.NaN })).toThrow(RangeError);
    });

    it('should give an empty matrix for an empty graph', () => {
      expect(causalMatrix(graphOf([], []))).toEqual({ rows: [], columns: [], cells: [] });
    });

    it('should walk only signed edges in their direction, and only exosomal proteins are rows', () => {
      const g = graphOf(
        [protein('p'), protein('q', { exosomal: false }), cell('c'), hallmark('h'), hallmark('k')],
        [edge('p', 'c', 1), edge('c', 'h', -1), edge('q', 'h', 1), edge('k', 'p', 1), edge('p', 'k', 0)],
      );
      expect(causalMatrix(g)).toEqual({ rows: ['p'], columns: ['h', 'k'], cells: [{ row: 'p', column: 'h', hops: 2, sign: -1 }] });
    });

    it('should take a sign of 0 where the shortest paths disagree, and ignore longer paths of another sign', () => {
      const g = graphOf(
        [protein('p'), cell('a'), cell('b'), cell('x'), cell('y'), hallmark('h')],
        [edge('p', 'a', 1), edge('a', 'h', 1), edge('p', 'b', -1), edge('b', 'h', 1), edge('p', 'x', 1), edge('x', 'y', -1), edge('y', 'h', 1)],
      );
      expect(causalMatrix(g).cells).toEqual([{ row: 'p', column: 'h', hops: 2, sign: 0 }]);
      const withoutB = graphOf(g.nodes, g.edges.filter((e) => e.source !== 'b'));
      expect(causalMatrix(withoutB).cells).toEqual([{ row: 'p', column: 'h', hops: 2, sign: 1 }]);
      expect(causalMatrix(g, { maxHops: 1 }).cells).toEqual([]);
    });

    it('should follow edge.sign, so differentiates_into counts once its sign is +1', () => {
      const dif = (sign: Sign) => graphOf([protein('p'), cell('m1'), cell('m2'), hallmark('h')], [edge('p', 'm1', 1), { ...edge('m1', 'm2', sign, 'differentiates_into') }, edge('m2', 'h', 1)]);
      expect(causalMatrix(dif(0)).cells).toEqual([]);
      expect(causalMatrix(dif(1)).cells).toEqual([{ row: 'p', column: 'h', hops: 3, sign: 1 }]);
    });
  });

  describe('knockOut', () => {
    it('should ignore unknown ids and leave the removed nodes out as endpoints', () => {
      const g = graphOf([protein('p'), protein('r'), cell('c'), hallmark('h')], [edge('p', 'c', 1), edge('c', 'h', 1), edge('r', 'h', 1), edge('p', 'h', -1)]);
      const result = knockOut(g, ['c', 'r', 'nothing']);
      expect(result.removed).toEqual(['c', 'r']);
      expect(result.lost).toEqual([]);
      expect(result.kept).toBe(1);
      expect(result.after.rows).toEqual(['p']);
      expect(knockOut(g, ['c', 'r'], { maxHops: 1 }).kept).toBe(1);
      expect(knockOut(graphOf(g.nodes, g.edges.slice(0, 3)), ['c']).lost).toEqual([{ from: 'p', to: 'h' }]);
    });
  });

  describe('keyMediators', () => {
    it('should score only nodes between a protein and a hallmark, best first, cut to top', () => {
      const g = graphOf(
        [protein('p'), cell('a'), cell('b'), cell('z'), hallmark('h')],
        [edge('p', 'a', 1), edge('a', 'b', 1), edge('b', 'h', 1), edge('z', 'a', 1)],
      );
      expect(keyMediators(g)).toEqual([{ id: 'a', score: 1 }, { id: 'b', score: 1 }]);
      expect(keyMediators(g, { top: 1 })).toEqual([{ id: 'a', score: 1 }]);
    });
  });

  describe('familyMembers', () => {
    const g = graphOf(
      [protein('integrins', { label: 'integrins', aliases: ['integrin', 'ITG'] }), protein('itga6b4', { label: 'integrin α6β4' }), protein('il6', { label: 'IL-6', aliases: ['interleukin 6'] })],
      [],
    );
    it('should gather the nodes one of whose names or words begins with the family word, plural or not', () => {
      expect(familyMembers(g, 'integrins').map((n) => n.id)).toEqual(['integrins', 'itga6b4']);
      expect(familyMembers(g, 'Integrin').map((n) => n.id)).toEqual(['integrins', 'itga6b4']);
      expect(familyMembers(g, 'interleukin').map((n) => n.id)).toEqual(['il6']);
      expect(familyStem('integrins')).toBe('integrin');
    });
    it('should refuse words shorter than three letters', () => {
      expect(familyMembers(g, 'in')).toEqual([]);
      expect(familyMembers(g, ' ')).toEqual([]);
    });
  });
});
