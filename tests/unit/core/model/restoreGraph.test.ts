import { describe, expect, it } from 'vitest';
import { compileGraphData } from '../../../../src/core/model/compileGraphData';
import { parseGraphText } from '../../../../src/core/model/parseGraphText';
import { restoreGraph } from '../../../../src/core/model/restoreGraph';
import { RELATION_SIGNS } from '../../../../src/core/model/vocabulary';
import { tinyGraph } from '../../fixtures/tinyGraph';

/** The tiny graph as a file that leaves out what follows from the relation. */
function withoutIdsAndSigns(): Record<string, unknown> {
  const graph = tinyGraph() as unknown as Record<string, any>;
  for (const edge of graph.edges) {
    delete edge.id;
    delete edge.sign;
  }
  return graph;
}

describe('core/model/restoreGraph', () => {
  it('should derive edge ids and signs from the relation and say so', () => {
    const parsed = parseGraphText(JSON.stringify(withoutIdsAndSigns()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.edges.map((e) => [e.id, e.sign])).toEqual(tinyGraph().edges.map((e) => [e.id, e.sign]));
    expect(parsed.notes).toEqual(['4 edge ids derived from source, relation and target', '4 edge signs derived from the relation']);
  });

  it('should keep what a file gives and add no note when nothing is derived', () => {
    const graph = tinyGraph();
    graph.edges[3].sign = -1;
    const parsed = parseGraphText(JSON.stringify(graph));
    expect(parsed).toMatchObject({ ok: true });
    expect(parsed.ok && parsed.value.edges[3].sign).toBe(-1);
    expect(parsed.ok && parsed.notes).toBeUndefined();
  });

  it('should fill the format name and version of a file that leaves them out', () => {
    const graph = withoutIdsAndSigns();
    delete graph.format;
    delete graph.version;
    const parsed = parseGraphText(JSON.stringify(graph));
    expect(parsed.ok && parsed.notes?.slice(0, 2)).toEqual(['format "exonet-graph" assumed (the file does not name one)', 'version 1 assumed']);
  });

  it('should read an old sign 0 on differentiates_into with the relation sign', () => {
    const graph = tinyGraph();
    graph.edges.push({ id: 'fibroblast--differentiates_into--caf-activation', source: 'fibroblast', target: 'caf-activation', relation: 'differentiates_into', sign: 0, evidence: graph.edges[1].evidence });
    const parsed = parseGraphText(JSON.stringify(graph));
    expect(parsed.ok).toBe(true);
    const signed = RELATION_SIGNS.differentiates_into;
    expect(parsed.ok && parsed.value.edges[4].sign).toBe(signed);
    expect(parsed.ok && parsed.notes).toEqual(signed === 0 ? undefined : ['1 "differentiates_into" edge gave sign 0, read as +1 (the relation is now causal)']);
  });

  it('should still refuse what cannot be derived: an unknown relation keeps no sign', () => {
    const graph = withoutIdsAndSigns() as Record<string, any>;
    graph.edges[0].relation = 'tickles';
    const parsed = parseGraphText(JSON.stringify(graph));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.map((p) => p.message)).toEqual(['unknown relation "tickles"']);
  });

  it('should leave values that are not graphs alone', () => {
    expect(restoreGraph([1, 2])).toEqual({ value: [1, 2], notes: [] });
    expect(restoreGraph({ nodes: 'x' })).toEqual({ value: { nodes: 'x' }, notes: [] });
  });

  it('should be the step the curated-data compiler uses', () => {
    const compiled = compileGraphData({
      meta: { source: tinyGraph().source },
      files: [{ path: 'curation/a.json', content: { nodes: tinyGraph().nodes, edges: withoutIdsAndSigns().edges } }],
    });
    expect(compiled.graph.edges.map((e) => [e.id, e.sign])).toEqual(tinyGraph().edges.map((e) => [e.id, e.sign]));
    expect(compiled.notes).toEqual(['4 edge signs derived from the relation']);
  });
});
