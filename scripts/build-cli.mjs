// Builds the `exonet` command (src/cli) to plain JavaScript in cli-dist/, and writes the
// compiled, validated review graph beside it. Run by `prepare` (so it exists after
// `npm ci`), before the tests, and by `npm run build:cli`; `npm run graph` runs it first
// with --if-stale, which rebuilds only when a source file is newer than the build. Plain
// JavaScript, so it runs with nothing but Node and esbuild.

import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'cli-dist');

function newestIn(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function upToDate() {
  const built = join(OUT, 'exonet.mjs');
  return existsSync(built) && statSync(built).mtimeMs >= Math.max(newestIn(join(ROOT, 'src')), statSync(join(ROOT, 'package-lock.json')).mtimeMs);
}

// The compiled review graph keeps itself fresh: the CLI recompiles graph-data/ when a file there is newer.
if (process.argv.includes('--if-stale') && upToDate()) process.exit(0);

await build({
  entryPoints: { exonet: join(ROOT, 'src/cli/main.ts'), 'write-review-graph': join(ROOT, 'src/cli/writeReviewGraph.ts') },
  outdir: OUT,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(join(OUT, 'exonet.mjs'), 0o755);

const { writeReviewGraph } = await import(pathToFileURL(join(OUT, 'write-review-graph.mjs')).href);
const problems = writeReviewGraph();
if (problems.length) {
  // Not fatal: `npm ci` must not fail on a curation in progress. The CLI then compiles
  // graph-data/ at each run and reports the problems.
  console.warn(`build-cli: graph-data/ has ${problems.length} problems; cli-dist/review-graph.json not written (first: ${problems[0].where}: ${problems[0].message})`);
}
