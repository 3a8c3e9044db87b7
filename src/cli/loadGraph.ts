// Loading the graph the CLI works on: the embedded review (graph-data/) or a file given
// with --graph. File system access lives here, not in core.

import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileGraphData, locateProblem, type CurationFile } from '../core/model/compileGraphData';
import { CLI_LIMITS, parseGraphText } from '../core/model/parseGraphText';
import type { ExonetGraph, Problem } from '../core/model/types';
import { listGraphProblems } from '../core/model/validateGraph';

const MODULE_DIR = dirname(fileURLToPath(import.meta.url));

/** graph-data/ of the project this module belongs to, from src/cli/ or from the compiled cli-dist/. */
function findGraphDataDir(): string {
  for (let dir = MODULE_DIR; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'graph-data', 'meta.json'))) return join(dir, 'graph-data');
    if (dirname(dir) === dir) return join(MODULE_DIR, '..', '..', 'graph-data');
  }
}

export const GRAPH_DATA_DIR = findGraphDataDir();

/** The review graph compiled and validated by the CLI build (scripts/build-cli.mjs), next to the compiled CLI. */
export const COMPILED_REVIEW_FILE = join(MODULE_DIR, 'review-graph.json');

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

/**
 * Compiles graph-data/ (or another directory of the same layout) and validates it: the
 * graph (null when a file cannot be read) and every problem. The app's build uses this too.
 */
export function compileGraphDataDir(dir = GRAPH_DATA_DIR): { graph: ExonetGraph | null; problems: Problem[] } {
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
  if (problems.length || !meta) return { graph: null, problems };
  const compiled = compileGraphData({ meta, files, positions });
  const all = [...compiled.problems, ...listGraphProblems(compiled.graph).map((p) => locateProblem(p, compiled.origin))];
  return { graph: compiled.graph, problems: all };
}

/** Compiles and validates graph-data/; the graph only when it has no problem. */
export function loadGraphDataDir(dir = GRAPH_DATA_DIR): Loaded {
  const { graph, problems } = compileGraphDataDir(dir);
  return graph && !problems.length ? { ok: true, graph } : { ok: false, problems };
}

/** The newest modification time of the files the review graph is compiled from. */
function newestSourceTime(dir: string): number {
  const curation = join(dir, 'curation');
  const paths = [join(dir, 'meta.json'), join(dir, 'layout.json'), curation, ...readdirSync(curation).map((f) => join(curation, f))];
  return Math.max(...paths.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
}

/**
 * The embedded review: the compiled graph written by the CLI build when it is newer than
 * every file of graph-data/ (it was validated when it was written), otherwise compiled
 * and validated from graph-data/ now, so an edit of the curation is never missed.
 */
export function loadEmbeddedGraph(): Loaded {
  if (existsSync(COMPILED_REVIEW_FILE) && statSync(COMPILED_REVIEW_FILE).mtimeMs >= newestSourceTime(GRAPH_DATA_DIR)) {
    return { ok: true, graph: JSON.parse(readFileSync(COMPILED_REVIEW_FILE, 'utf8')) as ExonetGraph };
  }
  return loadGraphDataDir();
}

/** Reads a graph file in our format or Cytoscape.js JSON, up to the CLI's limits. */
export function loadGraphFile(path: string): Loaded {
  if (!existsSync(path)) return { ok: false, problems: [{ where: path, message: 'no such file' }] };
  const stats = statSync(path);
  if (!stats.isFile()) return { ok: false, problems: [{ where: path, message: 'not a file' }] };
  if (stats.size > CLI_LIMITS.maxBytes) {
    return { ok: false, problems: [{ where: path, message: `the file is larger than ${CLI_LIMITS.maxBytes / 1024 / 1024} MB` }] };
  }
  const result = parseGraphText(readFileSync(path, 'utf8'), CLI_LIMITS);
  if (result.ok) return { ok: true, graph: result.value, notes: (result.notes ?? []).map((note) => `${path}: ${note}`) };
  return { ok: false, problems: result.problems.map((p) => ({ ...p, where: `${path}: ${p.where}` })) };
}

export function loadGraph(graphFile: string | undefined): Loaded {
  return graphFile === undefined ? loadEmbeddedGraph() : loadGraphFile(graphFile);
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
