import { describe, expect, it } from 'vitest';
import { pathSubgraph, visibleSubgraph } from '../../../../src/core/export/selectSubgraph';
import { validateGraph } from '../../../../src/core/model/validateGraph';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { tinyGraph } from '../../fixtures/tinyGraph';

const ids = (g: ExonetGraph) => ({ nodes: g.nodes.map((n) => n.id), edges: g.edges.map((e) => e.id) });

describe('core/export/selectSubgraph', () => {
  describe('pathSubgraph', () => {
    it('should drop a named edge whose ends are not both on the path', () => {
      const sub = pathSubgraph(tinyGraph(), { nodes: ['hsp70', 'tgfb'], edges: ['hsp70--inhibits--tgfb', 'tgfb--activates--fibroblast'] });
      expect(ids(sub)).toEqual({ nodes: ['tgfb', 'hsp70'], edges: ['hsp70--inhibits--tgfb'] });
    });

    it('should keep the named nodes and their positions only', () => {
      const graph: ExonetGraph = { ...tinyGraph(), positions: { tgfb: { x: 1, y: 1 }, hypoxia: { x: 2, y: 2 } } };
      const sub = pathSubgraph(graph, { nodes: new Set(['hsp70', 'tgfb', 'hsp90']), edges: new Set(['hsp70--inhibits--tgfb', 'hsp90--binds--hsp70']) });
      expect(ids(sub)).toEqual({ nodes: ['tgfb', 'hsp70', 'hsp90'], edges: ['hsp70--inhibits--tgfb', 'hsp90--binds--hsp70'] });
      expect(sub.positions).toEqual({ tgfb: { x: 1, y: 1 } });
      expect(validateGraph(sub).ok).toBe(true);
    });

    it('should keep only the edges of the path, not every edge between its nodes', () => {
      const graph = tinyGraph();
      graph.edges.push({ id: 'tgfb--binds--hsp70', source: 'tgfb', target: 'hsp70', relation: 'binds', sign: 0, evidence: graph.edges[0].evidence });
      const sub = pathSubgraph(graph, { nodes: ['hsp70', 'tgfb', 'fibroblast'], edges: ['hsp70--inhibits--tgfb', 'tgfb--activates--fibroblast'] });
      expect(ids(sub).edges).toEqual(['tgfb--activates--fibroblast', 'hsp70--inhibits--tgfb']);
    });
  });

  describe('visibleSubgraph', () => {
    it('should give the elements that the filters leave visible', () => {
      expect(ids(visibleSubgraph(tinyGraph(), { signs: [-1], hideIsolated: true }))).toEqual({ nodes: ['tgfb', 'hsp70'], edges: ['hsp70--inhibits--tgfb'] });
      expect(ids(visibleSubgraph(tinyGraph(), {}))).toEqual(ids(tinyGraph()));
    });
  });

});
