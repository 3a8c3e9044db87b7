// The Cytoscape.js the explorer ships: built from the package's own ES module sources
// (node_modules/cytoscape/src) without the parts the explorer never calls, about 30 KB
// gzip smaller than the package's minified build. Left out:
// - the collection's graph algorithms (dijkstra, pageRank, clustering…): path finding,
//   mediators and the insight views run in src/core on the graph itself;
// - the layouts other than preset, null and grid (Cytoscape's default for an instance
//   given no layout): layouts are fcose (an extension) and the precomputed or
//   worker-computed positions, applied as preset;
// - the WebGL renderer, which react-cytoscapejs cannot turn on (it passes no renderer
//   options). Asking for it throws a clear error rather than drawing nothing.
// Used by the app build (viteCytoscapeCanvasOnly) and by the benchmark's bare page
// (esbuildCytoscapeCanvasOnly), so that both load the same library code.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

const SOURCE = join(import.meta.dirname, '..', 'node_modules', 'cytoscape', 'src');
const VERSION = (JSON.parse(readFileSync(join(SOURCE, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** The module the bare specifier `cytoscape` resolves to. */
export const CYTOSCAPE_SOURCE_ENTRY = join(SOURCE, 'index.mjs');

/** Source files of Cytoscape replaced, by their path inside src/, with what replaces them. */
export const REPLACED_MODULES: Readonly<Record<string, string>> = {
  'collection/algorithms/index.mjs': 'export default {};\n',
  'extensions/layout/index.mjs': [
    "import gridLayout from './grid.mjs';",
    "import nullLayout from './null.mjs';",
    "import presetLayout from './preset.mjs';",
    "export default [{ name: 'grid', impl: gridLayout }, { name: 'null', impl: nullLayout }, { name: 'preset', impl: presetLayout }];",
    '',
  ].join('\n'),
  'extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs': [
    'export default {',
    '  initWebgl() {',
    "    throw new Error('This build of Cytoscape.js draws with the 2D canvas only: the WebGL renderer is left out.');",
    '  },',
    '};',
    '',
  ].join('\n'),
  // Filled in by the package's own build system.
  'version.mjs': `export default ${JSON.stringify(VERSION)};\n`,
};

/** What a Cytoscape source file is replaced with, or null when it is kept as it is. */
export function replacementFor(path: string): string | null {
  const normalized = path.split('\\').join('/');
  const inSource = SOURCE.split('\\').join('/') + '/';
  if (!normalized.startsWith(inSource)) return null;
  return REPLACED_MODULES[normalized.slice(inSource.length)] ?? null;
}

/** Vite (app build): `cytoscape` from its sources, with the replacements. */
export function viteCytoscapeCanvasOnly(): VitePlugin {
  return {
    name: 'exonet-cytoscape-canvas-only',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === 'cytoscape' ? CYTOSCAPE_SOURCE_ENTRY : null;
    },
    load(id) {
      return replacementFor(id.split('?')[0]);
    },
  };
}

/** esbuild (the benchmark's bare page): the same library code as the app. */
export function esbuildCytoscapeCanvasOnly(): EsbuildPlugin {
  return {
    name: 'exonet-cytoscape-canvas-only',
    setup(build) {
      build.onResolve({ filter: /^cytoscape$/ }, () => ({ path: CYTOSCAPE_SOURCE_ENTRY }));
      build.onLoad({ filter: /\.mjs$/ }, (args) => {
        const contents = replacementFor(args.path);
        return contents === null ? undefined : { contents, loader: 'js', resolveDir: join(args.path, '..') };
      });
    },
  };
}
