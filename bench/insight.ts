// Benchmark of the insight functions on the review graph, as the explorer runs them on
// every filter change: the cancer or section filter applied (a new subgraph, so a new path
// index), then the matrix, a knock-out, the contradictions and the key mediators. Medians
// and 95th percentiles over RUNS runs after WARMUP, one line per function and one for all
// of them after a filter change.

import { loadGraphDataDir } from '../src/cli/loadGraph';
import { applyFilters, cancerFacets, subgraphOf } from '../src/core/filter/applyFilters';
import { causalMatrix } from '../src/core/insight/causalMatrix';
import { findContradictions } from '../src/core/insight/contradictions';
import { keyMediators } from '../src/core/insight/keyMediators';
import { knockOut } from '../src/core/insight/knockout';
import type { ExonetGraph } from '../src/core/model/types';
import { createPathIndex } from '../src/core/paths/findPaths';

const RUNS = 30;
const WARMUP = 5;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function time(label: string, fn: (run: number) => unknown): void {
  for (let i = 0; i < WARMUP; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(10);
  console.log(`  ${label.padEnd(58)} median ${ms(quantile(times, 0.5))}  p95 ${ms(quantile(times, 0.95))}  max ${ms(times[times.length - 1])}`);
}

/** A copy of the graph object, so that no cached index is reused, as after a filter change. */
const fresh = (g: ExonetGraph): ExonetGraph => ({ ...g });

export async function benchInsight(): Promise<void> {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) {
    console.log(`insight: skipped, graph-data/ is invalid right now (${loaded.problems[0]?.where}: ${loaded.problems[0]?.message})`);
    return;
  }
  const graph = loaded.graph;
  const m = causalMatrix(graph);
  console.log(`insight (review graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges; ${m.rows.length} exosomal proteins × ${m.columns.length} hallmarks, ${m.cells.length} cells; maxHops 5), ${RUNS} runs after ${WARMUP} warm-up runs`);
  time('matrix (index built anew)', () => causalMatrix(createPathIndex(graph)));
  time('knock-out of TGFβ (index built anew)', () => knockOut(createPathIndex(graph), ['tgfb']));
  time('contradictions (index built anew)', () => findContradictions(createPathIndex(graph)));
  time('key mediators (graphology graph built anew)', () => keyMediators(fresh(graph)));
  const cancers = cancerFacets(graph).slice(0, 8).map((f) => f.cancer);
  time(`filter change: cancer filter + all four (${cancers.length} cancers in turn)`, (run) => {
    const sub = subgraphOf(graph, applyFilters(graph, { cancers: [cancers[run % cancers.length]] }));
    causalMatrix(sub);
    knockOut(sub, ['tgfb']);
    findContradictions(sub);
    keyMediators(sub);
  });
  time('filter change: no filter, all four on a fresh graph object', () => {
    const g = fresh(graph);
    causalMatrix(g);
    knockOut(g, ['tgfb']);
    findContradictions(g);
    keyMediators(g);
  });
}
