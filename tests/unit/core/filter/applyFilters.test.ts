import { describe, expect, it } from 'vitest';
import { applyFilters, cancerFacets, reachWithin, subgraphOf } from '../../../../src/core/filter/applyFilters';
import { tinyGraph } from '../../fixtures/tinyGraph';

const g = tinyGraph();
const sorted = (s: Set<string>) => [...s].sort();

describe('core/filter/applyFilters', () => {
  describe('applyFilters', () => {
    it('should keep everything when no criterion is set', () => {
      const v = applyFilters(g, {});
      expect(v.nodes.size).toBe(6);
      expect(v.edges.size).toBe(4);
    });

    it('should ignore criteria naming nodes the graph lacks', () => {
      expect(applyFilters(g, { hallmarks: ['ghost'] }).nodes.size).toBe(0);
      expect(applyFilters(g, { focus: { nodeId: 'ghost', hops: 2 } }).nodes.size).toBe(0);
    });

    it('should keep only the chosen node types and the edges between them', () => {
      const v = applyFilters(g, { nodeTypes: ['protein'] });
      expect(sorted(v.nodes)).toEqual(['hsp70', 'hsp90', 'tgfb']);
      expect(sorted(v.edges)).toEqual(['hsp70--inhibits--tgfb', 'hsp90--binds--hsp70']);
    });

    it('should keep what reaches a hallmark within N steps', () => {
      expect(sorted(applyFilters(g, { hallmarks: ['caf-activation'], hallmarkHops: 1 }).nodes)).toEqual(['caf-activation', 'fibroblast']);
      expect(sorted(applyFilters(g, { hallmarks: ['caf-activation'], hallmarkHops: 2 }).nodes)).toEqual(['caf-activation', 'fibroblast', 'tgfb']);
      expect(applyFilters(g, { hallmarks: ['caf-activation'], hallmarkHops: 4 }).nodes.size).toBe(5);
    });

    it('should keep edges with evidence about a chosen cancer, and their nodes', () => {
      const v = applyFilters(g, { cancers: ['breast cancer'] });
      expect(sorted(v.edges)).toEqual(['tgfb--activates--fibroblast']);
      expect(sorted(v.nodes)).toEqual(['fibroblast', 'tgfb']);
    });

    it('should show how evidence about a cancer leads to a hallmark within N steps', () => {
      expect(applyFilters(g, { cancers: ['breast cancer'], hallmarks: ['caf-activation'], hallmarkHops: 1 }).edges.size).toBe(0);
      const v = applyFilters(g, { cancers: ['breast cancer'], hallmarks: ['caf-activation'], hallmarkHops: 2 });
      expect(sorted(v.edges)).toEqual(['fibroblast--promotes--caf-activation', 'tgfb--activates--fibroblast']);
      expect(sorted(v.nodes)).toEqual(['caf-activation', 'fibroblast', 'tgfb']);
    });

    it('should keep edges with evidence from a chosen section', () => {
      expect(sorted(applyFilters(g, { sections: ['immune', 'fig1'] }).edges)).toEqual(['hsp70--inhibits--tgfb', 'hsp90--binds--hsp70']);
    });

    it('should require one evidence item to match both cancer and section', () => {
      expect(applyFilters(g, { cancers: ['breast cancer'], sections: ['immune'] }).edges.size).toBe(0);
    });

    it('should keep edges of the chosen signs', () => {
      expect(sorted(applyFilters(g, { signs: [-1] }).edges)).toEqual(['hsp70--inhibits--tgfb']);
      expect(applyFilters(g, { signs: [-1] }).nodes.size).toBe(6);
    });

    it('should keep the neighbourhood of a node, in both directions', () => {
      expect(sorted(applyFilters(g, { focus: { nodeId: 'tgfb', hops: 1 } }).nodes)).toEqual(['fibroblast', 'hsp70', 'tgfb']);
      expect(applyFilters(g, { focus: { nodeId: 'tgfb', hops: 2 } }).nodes.size).toBe(5);
    });

    it('should hide edges that rest only on hedged evidence, and count only stated evidence in evidence filters', () => {
      const h = tinyGraph();
      h.edges[0].evidence[0] = { ...h.edges[0].evidence[0], certainty: 'hedged', hedge: 'may' };
      h.edges[1].evidence.push({ refs: [5], section: 'immune', claim: 'A hedged second item.', certainty: 'hedged', hedge: 'might' });
      expect(sorted(applyFilters(h, { hideHedged: true }).edges)).toEqual(['fibroblast--promotes--caf-activation', 'hsp70--inhibits--tgfb', 'hsp90--binds--hsp70']);
      expect(applyFilters(h, {}).edges.size).toBe(4);
      // fibroblast -> CAF activation is stated in cancer-progression but only hedged in immune.
      expect(sorted(applyFilters(h, { sections: ['immune'] }).edges)).toEqual(['fibroblast--promotes--caf-activation', 'hsp70--inhibits--tgfb']);
      expect(sorted(applyFilters(h, { sections: ['immune'], hideHedged: true }).edges)).toEqual(['hsp70--inhibits--tgfb']);
    });

    it('should hide unconnected nodes on request', () => {
      expect(applyFilters(g, { hideIsolated: true }).nodes.has('hypoxia')).toBe(false);
      expect(applyFilters(g, {}).nodes.has('hypoxia')).toBe(true);
    });
  });

  describe('reachWithin', () => {
    it('should return just the seeds for zero hops', () => {
      expect(sorted(reachWithin(g.edges, ['tgfb'], 0, 'both'))).toEqual(['tgfb']);
    });
    it('should follow direction', () => {
      expect(sorted(reachWithin(g.edges, ['tgfb'], 5, 'forward'))).toEqual(['caf-activation', 'fibroblast', 'tgfb']);
      expect(sorted(reachWithin(g.edges, ['tgfb'], 5, 'backward'))).toEqual(['hsp70', 'hsp90', 'tgfb']);
    });
  });

  describe('cancerFacets', () => {
    it('should count edges per cancer type', () => {
      expect(cancerFacets(g)).toEqual([{ cancer: 'breast cancer', edges: 1 }, { cancer: 'prostate cancer', edges: 1 }]);
    });
  });

  describe('subgraphOf', () => {
    it('should keep only visible elements', () => {
      const sub = subgraphOf({ ...g, positions: { tgfb: { x: 0, y: 0 }, hsp90: { x: 1, y: 1 } } }, applyFilters(g, { cancers: ['breast cancer'] }));
      expect(sub.nodes.map((n) => n.id)).toEqual(['tgfb', 'fibroblast']);
      expect(sub.positions).toEqual({ tgfb: { x: 0, y: 0 } });
    });
  });
});
