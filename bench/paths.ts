// Benchmark of findPaths (k = 10, maxHops = 6): medians and 95th percentiles of query
// times on the review graph and on seeded synthetic graphs of 10k and 100k nodes, with the
// index built once per graph as the explorer and the CLI do.

import { loadGraphDataDir } from '../src/cli/loadGraph';
import type { ExonetGraph } from '../src/core/model/types';
import { createPathIndex, findPaths, type PathIndex, type PathMode } from '../src/core/paths/findPaths';
import { WINDOW, seededRandom, syntheticGraph } from './syntheticGraph';

const K = 10;
const MAX_HOPS = 6;
const QUERIES = 50;
const WARMUP = 5;

export function syntheticPairs(nodeCount: number, seed: number): [string, string][] {
  const random = seededRandom(seed);
  return Array.from({ length: QUERIES }, () => {
    const from = Math.floor(random() * nodeCount);
    const ahead = 2 * WINDOW + Math.floor(random() * 2 * WINDOW);
    return [`n${from}`, `n${(from + ahead) % nodeCount}`];
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function timeQueries(label: string, index: PathIndex, pairs: [string, string][], mode: PathMode): void {
  const options = { k: K, maxHops: MAX_HOPS, mode };
  for (let i = 0; i < WARMUP; i++) findPaths(index, ...pairs[i % pairs.length], options);
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < QUERIES; i++) {
    const [from, to] = pairs[i % pairs.length];
    const start = performance.now();
    found += findPaths(index, from, to, options).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  console.log(
    `  ${label.padEnd(34)} ${mode.padEnd(10)} median ${ms(quantile(times, 0.5)).padStart(11)}  p95 ${ms(quantile(times, 0.95)).padStart(11)}  ` +
      `max ${ms(times[times.length - 1]).padStart(11)}  paths/query ${(found / QUERIES).toFixed(1)}`,
  );
}

function indexed(label: string, graph: ExonetGraph): PathIndex {
  const start = performance.now();
  const index = createPathIndex(graph);
  index.steps('causal');
  index.steps('undirected');
  console.log(`  ${label}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, index built in ${(performance.now() - start).toFixed(0)} ms`);
  return index;
}

/** Ten exosomal protein → hallmark pairs, those with a causal path first. */
function reviewPairs(index: PathIndex): { pairs: [string, string][]; connected: number } {
  const proteins = index.nodes.filter((n) => n.exosomal && n.type === 'protein').map((n) => n.id);
  const hallmarks = index.nodes.filter((n) => n.type === 'hallmark').map((n) => n.id);
  const all = proteins.flatMap((p) => hallmarks.map((h): [string, string] => [p, h]));
  const connected = all.filter(([p, h]) => findPaths(index, p, h, { k: 1, maxHops: MAX_HOPS }).length > 0);
  const pairs = [...connected, ...all.filter((pair) => !connected.includes(pair))].slice(0, 10);
  return { pairs, connected: Math.min(connected.length, pairs.length) };
}

function loadReview(): ReturnType<typeof loadGraphDataDir> {
  try {
    return loadGraphDataDir();
  } catch (error) {
    return { ok: false, problems: [{ where: 'graph-data', message: error instanceof Error ? error.message : String(error) }] };
  }
}

export async function benchPaths(): Promise<void> {
  console.log(`findPaths: k=${K}, maxHops=${MAX_HOPS}, ${QUERIES} queries per line after ${WARMUP} warm-up queries`);

  const review = loadReview();
  if (!review.ok) {
    console.log(`  review graph: skipped, graph-data/ is invalid right now (${review.problems.length} problems, first: ${review.problems[0]?.where}: ${review.problems[0]?.message})`);
  } else {
    const index = indexed('review graph', review.graph);
    const { pairs, connected } = reviewPairs(index);
    const label = `review, ${pairs.length} pairs (${connected} with a path)`;
    if (!pairs.length) console.log('  review graph: skipped, it has no exosomal protein and hallmark to pair');
    else for (const mode of ['causal', 'undirected'] as const) timeQueries(label, index, pairs, mode);
  }

  // The first size is that of the finished review, for a number while graph-data/ is being curated.
  for (const [nodes, edges, seed] of [[600, 2_400, 3], [10_000, 50_000, 1], [100_000, 500_000, 2]] as const) {
    const label = `synthetic ${nodes}/${edges}`;
    const index = indexed(label, syntheticGraph(nodes, edges, seed));
    const pairs = syntheticPairs(nodes, seed + 100);
    for (const mode of ['causal', 'undirected'] as const) timeQueries(label, index, pairs, mode);
  }
}
