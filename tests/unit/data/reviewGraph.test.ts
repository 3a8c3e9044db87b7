// Checks of the curated review graph itself: valid, every reference cited where its
// evidence says, every node connected, and the coverage floors of the curation.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_DATA_DIR, loadGraphDataDir } from '../../../src/cli/loadGraph';
import type { ExonetGraph } from '../../../src/core/model/types';
import { computeGraphStats } from '../../../src/core/stats/graphStats';
import { textsCopyingTheReview } from './ownWords';

const sectionRefs: Record<string, number[]> = JSON.parse(readFileSync(join(GRAPH_DATA_DIR, 'section-refs.json'), 'utf8'));

function reviewGraph(): ExonetGraph {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) throw new Error(loaded.problems.slice(0, 10).map((p) => `${p.where}: ${p.message}`).join('\n'));
  return loaded.graph;
}

describe('graph-data (the curated review)', () => {
  const graph = reviewGraph();

  it('should cite on every evidence item only references that its section cites', () => {
    const wrong: string[] = [];
    const check = (owner: string, refs: number[], section: string) => {
      const allowed = new Set(sectionRefs[section] ?? []);
      for (const r of refs) if (!allowed.has(r)) wrong.push(`${owner}: [${r}] is not cited in section ${section}`);
    };
    for (const n of graph.nodes) for (const e of n.evidence ?? []) check(`node ${n.id}`, e.refs, e.section);
    for (const edge of graph.edges) for (const e of edge.evidence) check(`edge ${edge.id}`, e.refs, e.section);
    expect(wrong).toEqual([]);
  });

  it('should word claims and descriptions in our own words, not in runs of seven words of the review', () => {
    const texts = [
      ...graph.nodes.flatMap((n) => [n.description ?? '', ...(n.evidence ?? []).map((e) => e.claim)]),
      ...graph.edges.flatMap((e) => e.evidence.map((ev) => ev.claim)),
    ];
    expect(textsCopyingTheReview(graph, texts)).toEqual([]);
  });

  it('should give every node at least one edge', () => {
    const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(graph.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('should have a precomputed position for every node', () => {
    expect(graph.nodes.filter((n) => !graph.positions?.[n.id]).map((n) => n.id)).toEqual([]);
  });

  it('should use lowercase cancer names without commas in evidence contexts', () => {
    const bad = graph.edges.flatMap((e) => e.evidence.flatMap((ev) => ev.context?.cancer ?? [])).filter((c) => c !== c.toLowerCase() || c.includes(','));
    expect([...new Set(bad)]).toEqual([]);
  });

  it('should reach the coverage floors: 250 nodes, 400 edges, 260 of 280 references', () => {
    const stats = computeGraphStats(graph);
    expect(stats.nodes).toBeGreaterThanOrEqual(250);
    expect(stats.edges).toBeGreaterThanOrEqual(400);
    expect(stats.cited.length).toBeGreaterThanOrEqual(260);
  });

  it('should hold every section of the review', () => {
    const stats = computeGraphStats(graph);
    const missing = Object.keys(sectionRefs).filter((s) => !stats.evidenceBySection[s]);
    expect(missing).toEqual([]);
  });
});
