// The compiled CLI in cli-dist/ (built by the global setup, as by `prepare`): the review
// graph it ships is exactly what compiling graph-data/ gives, the `bin` of package.json
// runs, and the command line reads graphs larger than the browser opens.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir, loadGraphFile } from '../../../src/cli/loadGraph';
import { runCli } from '../../../src/cli/runCli';
import { CLI_MAX_GRAPH_ELEMENTS, MAX_GRAPH_ELEMENTS, parseGraphText } from '../../../src/core/model/parseGraphText';
import type { ExonetGraph } from '../../../src/core/model/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const run = promisify(execFile);

function largeGraph(nodeCount: number, edgeCount: number): ExonetGraph {
  return {
    format: 'exonet-graph',
    version: 1,
    source: { title: 'large', authors: [] },
    nodes: Array.from({ length: nodeCount }, (_, i) => ({ id: `n${i}`, label: `N${i}`, type: 'protein' as const })),
    edges: Array.from({ length: edgeCount }, (_, i) => ({
      id: `e${i}`, source: `n${i % nodeCount}`, target: `n${(i + 1 + Math.floor(i / nodeCount)) % nodeCount}`, relation: 'activates' as const, sign: 1 as const,
      evidence: [{ refs: [1], section: 'immune', claim: 'synthetic' }],
    })),
  };
}

describe('compiled CLI', () => {
  it('should ship the review graph exactly as compiling graph-data/ gives it', () => {
    const compiled = loadGraphDataDir();
    expect(compiled.ok).toBe(true);
    const shipped = JSON.parse(readFileSync(join(ROOT, 'cli-dist', 'review-graph.json'), 'utf8'));
    expect(shipped).toEqual(compiled.ok ? compiled.graph : null);
  });

  it('should run stats through the bin of package.json with the output of the in-process CLI', async () => {
    const bin = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.exonet as string;
    expect(bin.startsWith('cli-dist/')).toBe(true);
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, bin), 'stats'], { cwd: tmpdir() });
    const out: string[] = [];
    expect(runCli(['stats'], { out: (l) => out.push(l), err: (l) => out.push(`ERR ${l}`) })).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${out.join('\n')}\n`);
  }, 30_000);

  it('should read a graph the browser refuses for its size', () => {
    const graph = largeGraph(60_000, 50_000);
    expect(graph.nodes.length + graph.edges.length).toBeGreaterThan(MAX_GRAPH_ELEMENTS);
    expect(CLI_MAX_GRAPH_ELEMENTS).toBeGreaterThanOrEqual(1_000_000);
    const text = JSON.stringify(graph);
    const browser = parseGraphText(text);
    expect(browser.ok).toBe(false);
    expect(browser.ok ? '' : browser.problems[0].message).toMatch(/at most 100000 can be opened/);
    const path = join(mkdtempSync(join(tmpdir(), 'exonet-large-')), 'large.json');
    writeFileSync(path, text);
    const loaded = loadGraphFile(path);
    expect(loaded.ok && loaded.graph.edges.length).toBe(50_000);
  }, 60_000);
});
