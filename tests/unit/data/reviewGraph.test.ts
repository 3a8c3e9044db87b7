// Checks of the curated review graph itself: valid, every reference cited where its
// evidence says, every node connected, and the coverage floors of the curation.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_DATA_DIR, loadGraphDataDir } from '../../../src/cli/loadGraph';
import { auditGraph } from '../../../src/core/audit/auditGraph';
import { unpackLocations, type PackedLocations } from '../../../src/core/audit/packLocations';
import type { ExonetGraph } from '../../../src/core/model/types';
import { computeGraphStats } from '../../../src/core/stats/graphStats';

const sectionRefs: Record<string, number[]> = JSON.parse(readFileSync(join(GRAPH_DATA_DIR, 'section-refs.json'), 'utf8'));

function reviewGraph(): ExonetGraph {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) throw new Error(loaded.problems.slice(0, 10).map((p) => `${p.where}: ${p.message}`).join('\n'));
  return loaded.graph;
}

describe('graph-data (the curated review)', () => {
  const graph = reviewGraph();

  // The audit's checks on locations generated from the review (scripts/review-locations.ts)
  // and its seven-word fingerprint (scripts/review-fingerprint.ts): no review text needed.
  const fixture = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8'));
  const audit = auditGraph(graph, unpackLocations(fixture('review-locations.json') as PackedLocations, (fixture('review-word-runs.json') as { hashes: string[] }).hashes));

  it('should cite on every evidence item only references that its section cites (placed)', () => {
    expect(audit.placed.items).toEqual([]);
    expect(audit.placed.total).toBeGreaterThan(1000);
  });

  it('should word claims and descriptions in our own words, not in runs of seven words of the review', () => {
    expect(audit.copiedRuns).toEqual([]);
  });

  it('should anchor nearly every cited item near a mention of its source or target, and cover nearly every citation sentence', () => {
    expect(audit.anchored.ok / audit.anchored.total).toBeGreaterThanOrEqual(0.97);
    expect(audit.uncovered.length).toBeLessThanOrEqual(25);
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
