// Opening a graph: the embedded review, or a file the user imports. A file is validated by
// the same code as the CLI; a refused file leaves the current graph and view as they were.

import { MAX_GRAPH_BYTES, parseGraphText, parseGraphValue } from '../core/model/parseGraphText';
import type { ExonetGraph, Result } from '../core/model/types';
import { loadReviewGraph, REVIEW_LABEL_ORDER } from '../data/reviewGraph';
import { readFileText } from '../io/saveFile';
import { withStoredReferences } from './referenceActions';
import { useAppStore } from './store';
import { countOf } from '../core/words/phrases';

export const MAX_PROBLEMS_SHOWN = 20;

export function openReviewGraph(): void {
  performance.mark('exonet:compile-start');
  const { graph, problems } = loadReviewGraph();
  performance.mark('exonet:compiled');
  const store = useAppStore.getState();
  // Notices about an imported file go with it.
  store.dismissTopic('import');
  store.setGraph(withStoredReferences(graph), { kind: 'review' }, REVIEW_LABEL_ORDER);
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
  const read = await readFileText(file, MAX_GRAPH_BYTES);
  if (!read.ok) {
    store.notify({ kind: 'error', topic: 'import', text: `Not opened: ${read.message}. The current graph is unchanged.` });
    return false;
  }
  return openParsed(parseGraphText(read.text), file.name);
}

/** Opens the example graph of a made-up review (graph-data/examples/), loaded on demand. */
export async function openExampleGraph(): Promise<boolean> {
  const module = await import('../../graph-data/examples/lumin-glioma.json');
  return openParsed(parseGraphValue(module.default), 'lumin-glioma.json (an example of another review)');
}

function openParsed(parsed: Result<ExonetGraph>, name: string): boolean {
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
  store.setGraph(withStoredReferences(parsed.value), { kind: 'file', name });
  const notes = parsed.notes ?? [];
  store.notify({
    kind: 'info',
    topic: 'import',
    text: `Opened ${name}: ${countOf(parsed.value.nodes.length, 'node')}, ${countOf(parsed.value.edges.length, 'edge')}.${notes.length ? ` Read with ${notes.length === 1 ? 'a note' : 'notes'}:` : ''}`,
    ...(notes.length ? { details: notes } : {}),
  });
  return true;
}
