// Builds and serves the benchmark's pages: the bare Cytoscape.js page (bench/fixtures/) with
// its element files, and the built explorer (dist/), from one small static server.

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import type { ExonetGraph } from '../src/core/model/types';
import { toCytoscapeElements } from '../src/cy/toCytoscapeElements';
import { esbuildCytoscapeCanvasOnly } from '../build/cytoscapeCanvasOnly';

const ROOT = join(import.meta.dirname, '..');
export const BARE_DIR = join(ROOT, 'node_modules', '.cache', 'exonet-bench');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

export async function buildBarePage(): Promise<void> {
  mkdirSync(BARE_DIR, { recursive: true });
  await build({ entryPoints: [join(ROOT, 'bench', 'fixtures', 'bare.ts')], outfile: join(BARE_DIR, 'bare.js'), bundle: true, minify: true, format: 'esm', logLevel: 'warning', plugins: [esbuildCytoscapeCanvasOnly()] });
  writeFileSync(join(BARE_DIR, 'index.html'), readFileSync(join(ROOT, 'bench', 'fixtures', 'bare.html')));
}

/** Writes the elements of a graph (with its positions) for the bare page, and the graph itself for the explorer's import. */
export function writeGraphFiles(name: string, graph: ExonetGraph): void {
  writeFileSync(join(BARE_DIR, `${name}.elements.json`), JSON.stringify(toCytoscapeElements(graph)));
  writeFileSync(join(BARE_DIR, `${name}.graph.json`), JSON.stringify(graph));
}

/** Label data of the elements that carry a label, by element id, as the explorer's label pass sets it. */
export type ShownLabels = Record<string, Record<string, number>>;

/** Writes the elements of a graph for the bare page with the given labels on (class label-on and their sizes). */
export function writeLabelledElements(name: string, graph: ExonetGraph, labels: ShownLabels): void {
  const elements = toCytoscapeElements(graph).map((el) => {
    const id = String(el.data.id);
    const label = labels[id];
    return label ? { ...el, data: { ...el.data, ...label }, classes: `${el.classes ?? ''} label-on`.trim() } : el;
  });
  writeFileSync(join(BARE_DIR, `${name}.elements.json`), JSON.stringify(elements));
}

/** Serves dist/ (or $EXONET_BENCH_DIST) at / and the bare page at /bare/. */
export function serve(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const bare = url.pathname.startsWith('/bare/');
    const base = bare ? BARE_DIR : (process.env.EXONET_BENCH_DIST ?? join(ROOT, 'dist'));
    let path = normalize(join(base, decodeURIComponent(bare ? url.pathname.slice(5) : url.pathname)));
    if (!path.startsWith(base)) path = join(base, 'index.html');
    if (!existsSync(path) || path.endsWith('/')) path = join(path.endsWith('/') ? path : base, 'index.html');
    res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
    res.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
