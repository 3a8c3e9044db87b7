// The embedded review graph: graph-data/ bundled by Vite and compiled with the same core
// code the CLI uses. Problems are returned, not thrown, so the page can show them.

import { compileGraphData, locateProblem, type CurationFile } from '../core/model/compileGraphData';
import type { ExonetGraph, Problem, ReferenceEntry, SourceInfo } from '../core/model/types';
import { listGraphProblems } from '../core/model/validateGraph';
import labelPriority from '../../graph-data/label-priority.json';
import layout from '../../graph-data/layout.json';
import meta from '../../graph-data/meta.json';

const curation = import.meta.glob<unknown>('../../graph-data/curation/*.json', { eager: true, import: 'default' });

/** The order in which the whole map labels its nodes, computed with the layout. */
export const REVIEW_LABEL_ORDER: readonly string[] = labelPriority as string[];

export function loadReviewGraph(): { graph: ExonetGraph; problems: Problem[] } {
  const files: CurationFile[] = Object.entries(curation)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, content]) => ({ path: path.replace('../../graph-data/', ''), content }));
  const compiled = compileGraphData({
    meta: meta as unknown as { source: SourceInfo; references?: ReferenceEntry[] },
    files,
    positions: layout as Record<string, { x: number; y: number }>,
  });
  const problems = [
    ...compiled.problems,
    ...listGraphProblems(compiled.graph).map((p) => locateProblem(p, compiled.origin)),
  ];
  return { graph: compiled.graph, problems };
}
