// Opening a graph: the embedded review, or a file the user imports. A file is validated by
// the same code as the CLI (loaded on demand, not part of the first load); a refused file
// leaves the current graph and view as they were. A file without positions is laid out
// off the main thread first (importLayout.ts), the current graph staying until it is done.

import type { ExonetGraph, Result } from '../core/model/types';
import { loadReviewGraph, type ReviewGraph } from '../data/reviewGraph';
import { readFileText } from '../io/saveFile';
import { withPositions } from './importLayout';
import { withStoredReferences } from './referenceActions';
import { useAppStore } from './store';
import { countOf } from '../core/words/phrases';

export const MAX_PROBLEMS_SHOWN = 20;

/** Import validation (core/model/parseGraphText), loaded on first use or when the page is idle. */
export const loadImportValidation = () => import('../core/model/parseGraphText');

/** Opens the embedded review graph; at start-up main.tsx awaits this before the first render. */
export async function openReviewGraph(): Promise<void> {
  const store = useAppStore.getState();
  let review: ReviewGraph;
  try {
    review = await loadReviewGraph();
  } catch (error) {
    store.notify({ kind: 'error', text: `The review graph could not be opened: ${error instanceof Error ? error.message : String(error)}.` });
    return;
  }
  performance.mark('exonet:graph-loaded');
  const { graph, problems, labelOrder } = review;
  // Notices about an imported file go with it.
  store.dismissTopic('import');
  store.setGraph(await withStoredReferences(graph), { kind: 'review' }, labelOrder);
  if (problems.length) {
    store.notify({
      kind: 'error',
      text: `The embedded graph has ${problems.length} data problems.`,
      details: problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `${p.where}: ${p.message}`),
    });
  }
}

export async function openGraphFile(file: File): Promise<boolean> {
  const store = useAppStore.getState();
  const { MAX_GRAPH_BYTES, parseGraphText } = await loadImportValidation();
  const read = await readFileText(file, MAX_GRAPH_BYTES);
  if (!read.ok) {
    store.notify({ kind: 'error', topic: 'import', text: `Not opened: ${read.message}. The current graph is unchanged.` });
    return false;
  }
  return openParsed(parseGraphText(read.text), file.name);
}

/** Opens the example graph of a made-up review (graph-data/examples/), loaded on demand. */
export async function openExampleGraph(): Promise<boolean> {
  const [module, { parseGraphValue }] = await Promise.all([import('../../graph-data/examples/lumin-glioma.json'), loadImportValidation()]);
  return openParsed(parseGraphValue(module.default), 'lumin-glioma.json (an example of another review)');
}

async function openParsed(parsed: Result<ExonetGraph>, name: string): Promise<boolean> {
  const store = useAppStore.getState();
  if (!parsed.ok) {
    const n = parsed.problems.length;
    store.notify({
      kind: 'error',
      topic: 'import',
      text: `${name} was not opened: ${n} problem${n === 1 ? '' : 's'}${n > MAX_PROBLEMS_SHOWN ? ` (the first ${MAX_PROBLEMS_SHOWN} below)` : ''}. The current graph is unchanged.`,
      details: parsed.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `${p.where}: ${p.message}`),
    });
    return false;
  }
  const graph = await withPositions(parsed.value, name);
  if (!graph) return false;
  store.setGraph(await withStoredReferences(graph), { kind: 'file', name });
  const notes = parsed.notes ?? [];
  store.notify({
    kind: 'info',
    topic: 'import',
    text: `Opened ${name}: ${countOf(graph.nodes.length, 'node')}, ${countOf(graph.edges.length, 'edge')}.${notes.length ? ` Read with ${notes.length === 1 ? 'a note' : 'notes'}:` : ''}`,
    ...(notes.length ? { details: notes } : {}),
  });
  return true;
}
