import { describe, expect, it } from 'vitest';
import { toCytoscapeJson } from '../../../../src/core/export/toCytoscapeJson';
import { compileGraphData } from '../../../../src/core/model/compileGraphData';
import { upgradeLegacySigns } from '../../../../src/core/model/legacySigns';
import { parseGraphText, parseGraphValue } from '../../../../src/core/model/parseGraphText';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { listGraphProblems } from '../../../../src/core/model/validateGraph';
import { tinyGraph } from '../../fixtures/tinyGraph';

/** The tiny graph as an older file wrote it: differentiates_into with sign 0. */
function oldFile(): ExonetGraph {
  const graph = tinyGraph();
  graph.nodes.push({ id: 'caf', label: 'CAF', type: 'cell' });
  graph.edges.push({
    id: 'fibroblast--differentiates_into--caf', source: 'fibroblast', target: 'caf', relation: 'differentiates_into',
    sign: 0 as 1, evidence: [{ refs: [108], section: 'cancer-progression', claim: 'Fibroblasts turn into CAFs.' }],
  });
  return graph;
}

describe('core/model/legacySigns', () => {
  describe('parseGraphValue', () => {
    it('should open an old file whose differentiates_into edge has sign 0, read it as +1 and say so', () => {
      const result = parseGraphValue(oldFile());
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.edges.find((e) => e.relation === 'differentiates_into')?.sign).toBe(1);
      expect(result.notes).toEqual(['1 "differentiates_into" edge gave sign 0, read as +1 (the relation is now causal)']);
    });

    it('should read the same from Cytoscape.js JSON', () => {
      const text = toCytoscapeJson(oldFile());
      const result = parseGraphText(text);
      expect(result.ok && result.value.edges.find((e) => e.relation === 'differentiates_into')?.sign).toBe(1);
      expect(result.ok && result.notes).toHaveLength(1);
    });

    it('should add no note to a current file and still refuse a wrong sign of another relation', () => {
      expect(parseGraphValue(tinyGraph())).toEqual({ ok: true, value: tinyGraph() });
      const wrong = tinyGraph();
      wrong.edges[0].sign = 0;
      expect(parseGraphValue(wrong).ok).toBe(false);
    });

    it('should refuse a differentiates_into edge with sign -1', () => {
      const graph = oldFile();
      graph.edges[4].sign = -1;
      expect(parseGraphValue(graph)).toMatchObject({ ok: false, problems: [{ message: 'sign -1 does not fit relation "differentiates_into" (expected 1)' }] });
    });
  });

  describe('upgradeLegacySigns', () => {
    it('should leave the input unchanged and count by relation', () => {
      const input = oldFile();
      const before = JSON.stringify(input);
      const { value, notes } = upgradeLegacySigns(input);
      expect(JSON.stringify(input)).toBe(before);
      expect((value as ExonetGraph).edges[4].sign).toBe(1);
      expect(notes).toHaveLength(1);
      expect(upgradeLegacySigns('not a graph')).toEqual({ value: 'not a graph', notes: [] });
    });
  });

  describe('compileGraphData', () => {
    it('should give differentiates_into +1 whether the curation file omits the sign or gives 0', () => {
      const nodes = [{ id: 'a', label: 'A', type: 'cell' }, { id: 'b', label: 'B', type: 'cell' }, { id: 'c', label: 'C', type: 'cell' }];
      const ev = [{ refs: [1], section: 'immune', claim: 'c' }];
      const edges = [
        { source: 'a', target: 'b', relation: 'differentiates_into', evidence: ev },
        { source: 'b', target: 'c', relation: 'differentiates_into', sign: 0, evidence: ev },
      ];
      const r = compileGraphData({ meta: { source: { title: 'T', authors: [] } }, files: [{ path: 'x.json', content: { nodes, edges } }] });
      expect(r.graph.edges.map((e) => e.sign)).toEqual([1, 1]);
      expect(listGraphProblems(r.graph)).toEqual([]);
    });
  });
});
