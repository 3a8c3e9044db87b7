// Loading the graph the CLI works on: the embedded review (graph-data/) or a file given
// with --graph. File system access lives here, not in core.

import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileGraphData, locateProblem, type CurationFile } from '../core/model/compileGraphData';
import { parseGraphText, MAX_GRAPH_BYTES } from '../core/model/parseGraphText';
import type { ExonetGraph, Problem } from '../core/model/types';
import { listGraphProblems } from '../core/model/validateGraph';

export const GRAPH_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'graph-data');

/** A usable graph (with notes on what the restore step derived), or its problems. */
export type Loaded = { ok: true; graph: ExonetGraph; notes?: string[] } | { ok: false; problems: Problem[] };

function readJson(path: string, label: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ where: label, message: error instanceof SyntaxError ? `not valid JSON: ${error.message}` : 'cannot be read' });
    return undefined;
  }
}

/** Compiles graph-data/ (or another directory of the same layout) and validates it. */
export function loadGraphDataDir(dir = GRAPH_DATA_DIR): Loaded {
  const problems: Problem[] = [];
  const meta = readJson(join(dir, 'meta.json'), 'meta.json', problems) as Parameters<typeof compileGraphData>[0]['meta'];
  const curationDir = join(dir, 'curation');
  const files: CurationFile[] = readdirSync(curationDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ path: `curation/${f}`, content: readJson(join(curationDir, f), `curation/${f}`, problems) }))
    .filter((f) => f.content !== undefined);
  const layoutPath = join(dir, 'layout.json');
  const positions = existsSync(layoutPath) ? (readJson(layoutPath, 'layout.json', problems) as Record<string, { x: number; y: number }>) : undefined;
  if (problems.length || !meta) return { ok: false, problems };
  const compiled = compileGraphData({ meta, files, positions });
  const all = [...compiled.problems, ...listGraphProblems(compiled.graph).map((p) => locateProblem(p, compiled.origin))];
  return all.length ? { ok: false, problems: all } : { ok: true, graph: compiled.graph };
}

/** Reads a graph file in our format or Cytoscape.js JSON. */
export function loadGraphFile(path: string): Loaded {
  if (!existsSync(path)) return { ok: false, problems: [{ where: path, message: 'no such file' }] };
  const stats = statSync(path);
  if (!stats.isFile()) return { ok: false, problems: [{ where: path, message: 'not a file' }] };
  if (stats.size > MAX_GRAPH_BYTES) {
    return { ok: false, problems: [{ where: path, message: `the file is larger than ${MAX_GRAPH_BYTES / 1024 / 1024} MB` }] };
  }
  const result = parseGraphText(readFileSync(path, 'utf8'));
  if (result.ok) return { ok: true, graph: result.value, notes: (result.notes ?? []).map((note) => `${path}: ${note}`) };
  return { ok: false, problems: result.problems.map((p) => ({ ...p, where: `${path}: ${p.where}` })) };
}

export function loadGraph(graphFile: string | undefined): Loaded {
  return graphFile === undefined ? loadGraphDataDir() : loadGraphFile(graphFile);
}

/**
 * The graph a command works on (--graph FILE, or the embedded review); null after printing
 * every problem, one per line, when it cannot be used.
 */
export function loadGraphForCommand(graphFile: string | undefined, err: (line: string) => void): ExonetGraph | null {
  const loaded = loadGraph(graphFile);
  if (loaded.ok) {
    for (const note of loaded.notes ?? []) err(`note: ${note}`);
    return loaded.graph;
  }
  for (const p of loaded.problems) err(`${p.where}: ${p.message}`);
  return null;
}
