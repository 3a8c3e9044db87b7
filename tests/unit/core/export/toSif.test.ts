import { describe, expect, it } from 'vitest';
import { toSif } from '../../../../src/core/export/toSif';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { tinyGraph } from '../../fixtures/tinyGraph';

describe('core/export/toSif', () => {
  describe('toSif', () => {
    it('should write nothing for an empty graph', () => {
      expect(toSif({ ...tinyGraph(), nodes: [], edges: [] })).toBe('');
    });

    it('should write one tab-separated line per edge by id, then each node without edges alone', () => {
      expect(toSif(tinyGraph()).split('\n')).toEqual([
        'tgfb\tactivates\tfibroblast',
        'fibroblast\tpromotes\tcaf-activation',
        'hsp70\tinhibits\ttgfb',
        'hsp90\tbinds\thsp70',
        'hypoxia',
        '',
      ]);
    });

    it('should keep parallel edges and self-loops apart', () => {
      const graph: ExonetGraph = tinyGraph();
      graph.edges.push(
        { id: 'tgfb--binds--fibroblast', source: 'tgfb', target: 'fibroblast', relation: 'binds', sign: 0, evidence: graph.edges[0].evidence },
        { id: 'tgfb--induces--tgfb', source: 'tgfb', target: 'tgfb', relation: 'induces', sign: 1, evidence: graph.edges[0].evidence },
      );
      const lines = toSif(graph).trimEnd().split('\n');
      expect(lines).toContain('tgfb\tbinds\tfibroblast');
      expect(lines).toContain('tgfb\tinduces\ttgfb');
      expect(lines.every((l) => l === 'hypoxia' || l.split('\t').length === 3)).toBe(true);
    });
  });
});
