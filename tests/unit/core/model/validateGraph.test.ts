import { describe, expect, it } from 'vitest';
import { listGraphProblems, validateGraph } from '../../../../src/core/model/validateGraph';
import { brokenGraph, tinyGraph } from '../../fixtures/tinyGraph';

function problemsOf(mutate: (g: Record<string, any>) => void) {
  return listGraphProblems(brokenGraph(mutate));
}

describe('core/model/validateGraph', () => {
  describe('validateGraph', () => {
    it('should refuse a value that is not an object', () => {
      expect(validateGraph(null)).toEqual({ ok: false, problems: [{ where: 'file', message: 'a graph must be a JSON object' }] });
      expect(validateGraph([1, 2]).ok).toBe(false);
    });

    it('should accept a valid graph', () => {
      expect(validateGraph(tinyGraph())).toEqual({ ok: true, value: tinyGraph() });
    });

    it('should refuse a wrong format or version', () => {
      expect(problemsOf((g) => (g.format = 'other'))).toEqual([{ where: 'format', message: 'format must be "exonet-graph", not "other"' }]);
      expect(problemsOf((g) => (g.version = 2))[0].where).toBe('version');
    });

    it('should report a duplicate node id with where it is', () => {
      const problems = problemsOf((g) => g.nodes.push({ id: 'hsp90', label: 'HSP90 again', type: 'protein' }));
      expect(problems).toContainEqual({ where: 'node "hsp90".id', message: 'duplicate node id "hsp90"' });
    });

    it('should report an id that is not a lowercase slug', () => {
      expect(problemsOf((g) => (g.nodes[0].id = 'TGF b'))[0].message).toMatch(/lowercase slug/);
    });

    it('should report an edge endpoint that is not a node', () => {
      const problems = problemsOf((g) => (g.edges[0].target = 'nowhere'));
      expect(problems).toContainEqual({ where: 'edge "tgfb--activates--fibroblast".target', message: 'target "nowhere" is not a node of the graph' });
    });

    it('should report an unknown node type and an unknown relation', () => {
      expect(problemsOf((g) => (g.nodes[1].type = 'organ'))[0]).toMatchObject({ where: 'node "fibroblast".type' });
      expect(problemsOf((g) => (g.edges[0].relation = 'tickles'))[0]).toMatchObject({ where: 'edge "tgfb--activates--fibroblast".relation' });
    });

    it('should report a sign that contradicts the relation', () => {
      expect(problemsOf((g) => (g.edges[0].sign = -1))[0].message).toBe('sign -1 does not fit relation "activates" (expected 1)');
    });

    it('should accept a stated direction on a flexible relation but not on cargo', () => {
      expect(problemsOf((g) => (g.edges[3].sign = 1))).toEqual([]);
      expect(problemsOf((g) => {
        g.edges[3].relation = 'carries';
        g.edges[3].sign = 1;
      })).toHaveLength(1);
    });

    it('should report an edge without evidence', () => {
      expect(problemsOf((g) => (g.edges[0].evidence = []))[0].message).toBe('every edge needs at least one evidence item');
      expect(problemsOf((g) => delete g.edges[0].evidence)[0].message).toMatch(/list of evidence/);
    });

    it('should report references outside 1..280 and non-integers', () => {
      const problems = problemsOf((g) => (g.edges[0].evidence[0].refs = [999, 0, 1.5, '7']));
      expect(problems.map((p) => p.where)).toEqual([0, 1, 2, 3].map((i) => `edge "tgfb--activates--fibroblast".evidence[0].refs[${i}]`));
      expect(problems[0].message).toBe('reference 999 is not an integer from 1 to 280');
    });

    it('should report a section that is not a slug of the review', () => {
      expect(problemsOf((g) => (g.edges[0].evidence[0].section = 'methods'))[0].message).toMatch(/unknown section "methods"/);
    });

    it('should report an empty claim', () => {
      expect(problemsOf((g) => (g.edges[0].evidence[0].claim = '  '))[0].message).toBe('claim must be a non-empty text');
    });

    it('should report two edges with the same source, target and relation', () => {
      const problems = problemsOf((g) => g.edges.push({ ...g.edges[0], id: 'tgfb-again' }));
      expect(problems).toContainEqual({ where: 'edge "tgfb-again"', message: 'same source, relation and target as edge "tgfb--activates--fibroblast"; merge their evidence into one edge' });
    });

    it('should report two nodes sharing a normalised name or alias', () => {
      const problems = problemsOf((g) => (g.nodes[3].aliases = ['TGF-β']));
      expect(problems).toEqual([{ where: 'node "hsp70"', message: 'a name of it matches node "tgfb" after normalisation ("tgfbeta")' }]);
    });

    it('should report every problem at once', () => {
      const problems = problemsOf((g) => {
        g.nodes[0].type = 'gene';
        g.edges[1].evidence[0].refs = [281];
        g.edges[2].source = 'ghost';
      });
      expect(problems).toHaveLength(3);
    });

    it('should accept hedged evidence with its hedge words and report a malformed certainty', () => {
      expect(problemsOf((g) => Object.assign(g.edges[0].evidence[0], { certainty: 'hedged', hedge: 'may' }))).toEqual([]);
      const where = 'edge "tgfb--activates--fibroblast".evidence[0]';
      expect(problemsOf((g) => Object.assign(g.edges[0].evidence[0], { certainty: 'maybe', hedge: 'may' }))).toEqual([
        { where: `${where}.certainty`, message: 'unknown certainty "maybe" (expected "hedged", or none for a plain statement)' },
      ]);
      expect(problemsOf((g) => (g.edges[0].evidence[0].certainty = 'hedged'))).toEqual([
        { where: `${where}.hedge`, message: 'a hedged item needs hedge: the hedging words of the review ("may", "is thought")' },
      ]);
      expect(problemsOf((g) => Object.assign(g.edges[0].evidence[0], { certainty: 'hedged', hedge: ' ' }))[0].where).toBe(`${where}.hedge`);
      expect(problemsOf((g) => Object.assign(g.edges[0].evidence[0], { certainty: 'hedged', hedge: ['may'] }))[0].where).toBe(`${where}.hedge`);
      expect(problemsOf((g) => (g.edges[0].evidence[0].hedge = 'may'))).toEqual([
        { where: `${where}.certainty`, message: 'an item with hedge words needs certainty "hedged"' },
      ]);
    });

    it('should accept canonical true or false on a hallmark only', () => {
      expect(problemsOf((g) => (g.nodes[2].canonical = false))).toEqual([]);
      expect(problemsOf((g) => (g.nodes[2].canonical = 'yes'))).toEqual([{ where: 'node "caf-activation".canonical', message: 'canonical must be true or false' }]);
      expect(problemsOf((g) => (g.nodes[0].canonical = true))).toEqual([{ where: 'node "tgfb".canonical', message: 'only a hallmark node says whether it is canonical' }]);
    });

    it('should give differentiates_into the sign +1 and refuse 0 in a compiled graph', () => {
      const edge = { id: 'fibroblast--differentiates_into--caf-activation', source: 'fibroblast', target: 'caf-activation', relation: 'differentiates_into', evidence: [{ refs: [], section: 'fig1', claim: 'A test step.' }] };
      expect(problemsOf((g) => g.edges.push({ ...edge, sign: 1 }))).toEqual([]);
      expect(problemsOf((g) => g.edges.push({ ...edge, sign: 0 }))[0].message).toBe('sign 0 does not fit relation "differentiates_into" (expected 1)');
    });

    it('should check positions and reference entries', () => {
      expect(problemsOf((g) => (g.positions = { ghost: { x: 1, y: 2 } }))[0].message).toMatch(/unknown node/);
      expect(problemsOf((g) => (g.positions = { tgfb: { x: 'a', y: 2 } }))[0].message).toMatch(/finite numbers/);
      expect(problemsOf((g) => (g.references = [{ n: 300, text: 'x' }]))[0]).toEqual({ where: 'references[0].n', message: 'n 300 is not an integer from 1 to 280' });
    });
  });
});
