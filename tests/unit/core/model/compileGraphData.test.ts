import { describe, expect, it } from 'vitest';
import { compileGraphData, locateProblem } from '../../../../src/core/model/compileGraphData';
import { listGraphProblems } from '../../../../src/core/model/validateGraph';

const meta = { source: { title: 'T', authors: [] } };
const ev = (refs: number[], section = 'immune') => ({ refs, section, claim: 'c' });

describe('core/model/compileGraphData', () => {
  describe('compileGraphData', () => {
    it('should refuse a file without nodes and edges lists', () => {
      const r = compileGraphData({ meta, files: [{ path: 'curation/a.json', content: { nodes: {} } }] });
      expect(r.problems).toEqual([{ where: 'curation/a.json', message: 'a curation file must be an object with lists "nodes" and "edges"' }]);
    });

    it('should derive edge ids and signs and merge the same edge across files', () => {
      const a = { nodes: [{ id: 'a', label: 'A', type: 'protein' }, { id: 'b', label: 'B', type: 'cell' }], edges: [{ source: 'a', target: 'b', relation: 'inhibits', evidence: [ev([1])] }] };
      const b = { nodes: [], edges: [{ source: 'a', target: 'b', relation: 'inhibits', evidence: [ev([2], 'therapy')] }] };
      const r = compileGraphData({ meta, files: [{ path: 'a.json', content: a }, { path: 'b.json', content: b }] });
      expect(r.problems).toEqual([]);
      expect(r.graph.edges).toEqual([{ id: 'a--inhibits--b', source: 'a', target: 'b', relation: 'inhibits', sign: -1, evidence: [ev([1]), ev([2], 'therapy')] }]);
      expect(listGraphProblems(r.graph)).toEqual([]);
      expect(r.origin.get('edge:a--inhibits--b')).toEqual(['a.json', 'b.json']);
    });

    it('should refuse a node defined in two files', () => {
      const node = { id: 'a', label: 'A', type: 'protein' };
      const r = compileGraphData({ meta, files: [{ path: 'x.json', content: { nodes: [node], edges: [] } }, { path: 'y.json', content: { nodes: [node], edges: [] } }] });
      expect(r.problems).toEqual([{ where: 'y.json: node "a"', message: 'node "a" is already defined in x.json' }]);
    });

    it('should point a problem of the compiled graph at its file', () => {
      const r = compileGraphData({ meta, files: [{ path: 'x.json', content: { nodes: [{ id: 'a', label: 'A', type: 'gene' }], edges: [] } }] });
      const located = listGraphProblems(r.graph).map((p) => locateProblem(p, r.origin));
      expect(located[0].where).toBe('x.json: node "a".type');
    });

    it('should keep only positions of known nodes', () => {
      const r = compileGraphData({ meta, files: [{ path: 'x.json', content: { nodes: [{ id: 'a', label: 'A', type: 'cell' }], edges: [] } }], positions: { a: { x: 1, y: 2 }, gone: { x: 0, y: 0 } } });
      expect(r.graph.positions).toEqual({ a: { x: 1, y: 2 } });
    });
  });
});
