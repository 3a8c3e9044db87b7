// Benchmark of the compiled CLI as a whole process (cli-dist/, what `npx exonet` runs):
// start-up against a bare `node -e 0`, and k=10 path queries on the review graph and on
// synthetic graphs of 10,000 and 50,000 nodes against networkx's shortest_simple_paths
// loading the same JSON file (when python3 has networkx). Runs are interleaved; medians.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, ratio } from './stats';
import { syntheticGraph } from './syntheticGraph';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'cli-dist', 'exonet.mjs');
const NX = join(import.meta.dirname, 'networkxPaths.py');
const TMP = join(ROOT, 'node_modules', '.cache', 'exonet-bench');
/** Runs per figure; EXONET_BENCH_QUICK=1 for a quick pass on a busy machine. */
const RUNS = process.env.EXONET_BENCH_QUICK ? 3 : 7;

function timeRun(command: string, args: string[]): number {
  const started = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr.toString().slice(0, 300)}`);
  return ms;
}

function interleaved(runs: [string, string, string[]][], count = RUNS): number[] {
  const times = runs.map(() => [] as number[]);
  for (let i = 0; i < count; i++) runs.forEach(([, cmd, args], j) => times[j].push(timeRun(cmd, args)));
  return times.map(median);
}

function hasNetworkx(): boolean {
  return spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
}

export function benchCli(): void {
  const [bare, stats] = interleaved([['node -e 0', process.execPath, ['-e', '0']], ['stats', process.execPath, [BIN, 'stats']]]);
  console.log(`CLI start (${RUNS} interleaved runs, medians): node -e 0 ${bare.toFixed(0)} ms; exonet stats on the review graph ${stats.toFixed(0)} ms; ratio ${ratio(stats, bare)} (budget 3)`);

  mkdirSync(TMP, { recursive: true });
  const review = join(ROOT, 'cli-dist', 'review-graph.json');
  const files: [string, string, string, string][] = [[`review graph (${(JSON.parse(readFileSync(review, 'utf8')) as { nodes: unknown[] }).nodes.length} nodes)`, review, 'hsp70', 'angiogenesis']];
  for (const [nodes, edges, seed] of [[10_000, 50_000, 1], [50_000, 250_000, 2]] as const) {
    const file = join(TMP, `paths-${nodes}.json`);
    writeFileSync(file, JSON.stringify(syntheticGraph(nodes, edges, seed)));
    files.push([`${nodes.toLocaleString('en')} nodes / ${edges.toLocaleString('en')} edges`, file, 'n0', 'n90']);
  }
  const networkx = hasNetworkx();
  if (networkx) console.log(`  networkx ${execFileSync('python3', ['-c', 'import networkx; print(networkx.__version__)']).toString().trim()}`);
  else console.log('  networkx: not installed for python3, so only exonet is timed (the issue measured networkx at 0.32-0.38 s on a 10k/40k graph)');
  for (const [label, file, from, to] of files) {
    const runs: [string, string, string[]][] = [['exonet', process.execPath, [BIN, 'path', from, to, '--k', '10', '--graph', file]]];
    if (networkx) runs.push(['networkx', 'python3', [NX, file, from, to, '10']]);
    // The largest graph takes seconds per run: three runs are enough for its median.
    const [ours, theirs] = interleaved(runs, file.includes('50000') ? Math.min(3, RUNS) : RUNS);
    console.log(`  path k=10, whole process, ${label}: exonet ${ours.toFixed(0)} ms${networkx ? `, networkx ${theirs.toFixed(0)} ms, ratio ${ratio(ours, theirs)} (budget 1)` : ''}`);
  }
}
