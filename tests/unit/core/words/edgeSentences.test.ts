import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../../src/core/filter/applyFilters';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { edgeRows, groupStarts, nodeRows, sortEdgeRows, sortNodeRows, type EdgeSortKey } from '../../../../src/core/words/edgeSentences';
import { tinyGraph } from '../../fixtures/tinyGraph';

const everything = (g: ExonetGraph) => applyFilters(g, {});
const NOTHING = { nodes: new Set<string>(), edges: new Set<string>() };

/** The tiny graph with one edge whose every statement is hedged and one partly hedged. */
function hedgedGraph(): ExonetGraph {
  const g = tinyGraph();
  g.edges[0].evidence.push({ refs: [108, 121], section: 'abstract', claim: 'A second statement, hedged.', certainty: 'hedged', hedge: 'may' });
  g.edges[2].evidence[0] = { ...g.edges[2].evidence[0], certainty: 'hedged', hedge: 'is thought' };
  return g;
}

describe('core/words/edgeSentences', () => {
  describe('edgeRows', () => {
    it('should give no row for an empty visible set, and ignore ids the graph lacks', () => {
      expect(edgeRows(tinyGraph(), NOTHING)).toEqual([]);
      expect(edgeRows(tinyGraph(), { nodes: new Set(['ghost']), edges: new Set(['ghost--edge']) })).toEqual([]);
    });

    it('should give exactly one row per visible edge, in plain words with the review’s references', () => {
      const g = tinyGraph();
      const visible = applyFilters(g, { signs: [1] });
      const rows = edgeRows(g, visible);
      expect(rows.map((r) => r.id)).toEqual([...visible.edges].filter((id) => g.edges.some((e) => e.id === id)));
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        sourceLabel: 'TGFβ',
        targetLabel: 'fibroblast',
        phrase: 'activates',
        sentence: 'TGFβ activates fibroblast',
        statement: 'TGFβ activates fibroblast [121, 122]',
        refs: [121, 122],
        sections: ['cancer-progression'],
        hedged: 'none',
      });
      const uncited = edgeRows(g, everything(g)).find((r) => r.id === 'hsp90--binds--hsp70')!;
      expect(uncited.statement).toBe('HSP90 binds HSP70 uncited');
      // No relation id reaches the reader.
      expect(edgeRows(g, everything(g)).map((r) => r.statement).join(' ')).not.toMatch(/_/);
    });

    it('should mark hedged and partly hedged edges with the review’s hedging words, and list sections in reading order', () => {
      const g = hedgedGraph();
      const rows = edgeRows(g, everything(g));
      const partly = rows.find((r) => r.id === 'tgfb--activates--fibroblast')!;
      expect(partly).toMatchObject({ hedged: 'some', hedgeWords: ['may'], refs: [108, 121, 122], sections: ['abstract', 'cancer-progression'] });
      expect(partly.statement).toBe('TGFβ activates fibroblast [108, 121, 122] (partly hedged)');
      const hedged = rows.find((r) => r.id === 'hsp70--inhibits--tgfb')!;
      expect(hedged).toMatchObject({ hedged: 'all', hedgeWords: ['is thought'] });
      expect(hedged.statement).toBe('HSP70 inhibits TGFβ [200] (hedged: “is thought”)');
    });
  });

  describe('nodeRows', () => {
    it('should count the connections shown and those of the whole graph', () => {
      const g = tinyGraph();
      const rows = nodeRows(g, applyFilters(g, { signs: [-1, 0] }));
      expect(rows.map((r) => r.id)).toEqual(g.nodes.map((n) => n.id));
      expect(rows.find((r) => r.id === 'tgfb')).toEqual({ id: 'tgfb', label: 'TGFβ', type: 'protein', connections: 1, total: 2 });
      expect(rows.find((r) => r.id === 'hsp70')).toMatchObject({ connections: 2, total: 2 });
      expect(rows.find((r) => r.id === 'hypoxia')).toMatchObject({ connections: 0, total: 0 });
      expect(nodeRows(g, NOTHING)).toEqual([]);
    });
  });

  describe('sortEdgeRows and groupStarts', () => {
    const g = hedgedGraph();
    const rows = edgeRows(g, everything(g));
    const ids = (key: EdgeSortKey, dir: 'ascending' | 'descending' = 'ascending') => sortEdgeRows(g, rows, key, dir).map((r) => r.sentence);

    it('should sort by each column, ties broken by the others, whatever order the rows came in', () => {
      expect(ids('source')).toEqual(['fibroblast promotes CAF activation', 'HSP70 inhibits TGFβ', 'HSP90 binds HSP70', 'TGFβ activates fibroblast']);
      expect(ids('target')).toEqual(['fibroblast promotes CAF activation', 'TGFβ activates fibroblast', 'HSP90 binds HSP70', 'HSP70 inhibits TGFβ']);
      expect(ids('relation')).toEqual(['TGFβ activates fibroblast', 'HSP90 binds HSP70', 'HSP70 inhibits TGFβ', 'fibroblast promotes CAF activation']);
      // By first reference; the uncited edge last.
      expect(ids('references')).toEqual(['fibroblast promotes CAF activation', 'TGFβ activates fibroblast', 'HSP70 inhibits TGFβ', 'HSP90 binds HSP70']);
      // By the first section in the review's order: abstract, cancer-progression, fig1, ..., immune.
      expect(ids('section')).toEqual(['TGFβ activates fibroblast', 'fibroblast promotes CAF activation', 'HSP90 binds HSP70', 'HSP70 inhibits TGFβ']);
      // Descending turns the column round; ties stay A to Z.
      expect(ids('section', 'descending')).toEqual(['HSP70 inhibits TGFβ', 'HSP90 binds HSP70', 'fibroblast promotes CAF activation', 'TGFβ activates fibroblast']);
      expect(ids('source', 'descending')).toEqual([...ids('source')].reverse());
      const shuffled = [rows[3], rows[1], rows[0], rows[2]];
      for (const key of ['source', 'target', 'relation', 'references', 'section'] as const) {
        expect(sortEdgeRows(g, shuffled, key).map((r) => r.id)).toEqual(sortEdgeRows(g, rows, key).map((r) => r.id));
      }
      expect(rows.map((r) => r.id)).toEqual(g.edges.map((e) => e.id));
    });

    it('should start a group where the sort column’s node or section changes', () => {
      const g2 = tinyGraph();
      g2.edges.push({ id: 'tgfb--promotes--caf-activation', source: 'tgfb', target: 'caf-activation', relation: 'promotes', sign: 1, evidence: [{ refs: [5], section: 'cancer-progression', claim: 'Made up for the test.' }] });
      const sorted = sortEdgeRows(g2, edgeRows(g2, everything(g2)), 'source');
      expect(sorted.map((r) => r.source)).toEqual(['fibroblast', 'hsp70', 'hsp90', 'tgfb', 'tgfb']);
      expect(groupStarts(sorted, 'source')).toEqual([true, true, true, true, false]);
      const bySection = sortEdgeRows(g2, edgeRows(g2, everything(g2)), 'section');
      expect(groupStarts(bySection, 'section')).toEqual([true, false, false, true, true]);
      expect(groupStarts([], 'source')).toEqual([]);
    });
  });

  describe('sortNodeRows', () => {
    it('should sort by name, type or connections', () => {
      const g = tinyGraph();
      const rows = nodeRows(g, everything(g));
      expect(sortNodeRows(rows, 'label').map((r) => r.label)).toEqual(['CAF activation', 'fibroblast', 'HSP70', 'HSP90', 'hypoxia', 'TGFβ']);
      // Most connections first; a tie by name.
      expect(sortNodeRows(rows, 'connections', 'descending').map((r) => r.id)).toEqual(['fibroblast', 'hsp70', 'tgfb', 'caf-activation', 'hsp90', 'hypoxia']);
      expect(sortNodeRows(rows, 'type').map((r) => r.type)).toEqual(['cell', 'condition', 'hallmark', 'protein', 'protein', 'protein']);
    });
  });
});
