// Build step of the compiled CLI (scripts/build-cli.mjs): compiles and validates graph-data/
// once and writes the graph next to the compiled CLI, so commands start without compiling.
// The app's build uses the same compiled module to ship the graph as JSON.

import { rmSync, writeFileSync } from 'node:fs';
import type { Problem } from '../core/model/types';
import { COMPILED_REVIEW_FILE, loadGraphDataDir } from './loadGraph';

/** For the app's build (build/reviewGraphAsset.ts), which loads this compiled module. */
export { compileGraphDataDir } from './loadGraph';

/** Writes the compiled review graph; with problems, writes nothing (and removes an old file). */
export function writeReviewGraph(outFile = COMPILED_REVIEW_FILE): Problem[] {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) {
    rmSync(outFile, { force: true });
    return loaded.problems;
  }
  writeFileSync(outFile, JSON.stringify(loaded.graph));
  return [];
}
