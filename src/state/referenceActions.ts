// Attaching a reference list in the app: parsed by the core readers, checked against the
// graph's reference range, kept in this browser for the graph, and carried by every export
// (it becomes the graph's `references`).

import type { ExonetGraph } from '../core/model/types';
import { shortCitation } from '../core/references/shortCitation';
import { browserStorage } from './persistence';
import { loadStoredReferences, saveStoredReferences } from './referenceStorage';
import { useAppStore } from './store';

const FORMAT_NAMES = { numbered: 'numbered list', 'csl-json': 'CSL-JSON', ris: 'RIS', bibtex: 'BibTeX' } as const;

/** The reference readers (BibTeX, RIS, CSL-JSON, numbered text), loaded on first use. */
export const loadReferenceReaders = () =>
  Promise.all([import('../core/references/parseReferenceList'), import('../core/references/attachReferences')]).then(([list, attach]) => ({ ...list, ...attach }));

/** Parses and attaches a list; true when attached. Problems become an error notice naming the line. */
export async function attachReferenceText(text: string, from: string): Promise<boolean> {
  const { attachReferences, detectReferenceFormat, parseReferenceList } = await loadReferenceReaders();
  const store = useAppStore.getState();
  const parsed = parseReferenceList(text);
  const attached = parsed.ok ? attachReferences(store.graph, parsed.value) : parsed;
  if (!attached.ok) {
    store.notify({
      kind: 'error',
      text: `The reference list from ${from} was not attached: ${attached.problems.length} problem${attached.problems.length === 1 ? '' : 's'}.`,
      details: attached.problems.slice(0, 10).map((p) => `${p.where}: ${p.message}`),
    });
    return false;
  }
  const references = attached.value.references ?? [];
  store.setReferences(references);
  const kept = saveStoredReferences(browserStorage(), store.graph.source, references);
  const named = references.filter((r) => shortCitation(r)).length;
  store.notify({
    kind: 'info',
    text: `Attached ${references.length} references (${FORMAT_NAMES[detectReferenceFormat(text)]}), ${named} with author and year${kept ? '; kept in this browser' : ''}.`,
  });
  return true;
}

export function removeReferenceList(): void {
  const store = useAppStore.getState();
  saveStoredReferences(browserStorage(), store.graph.source, null);
  store.setReferences(null);
  store.notify({ kind: 'info', text: 'The reference list was removed; reference numbers link to the article again.' });
}

/** The graph with the list this browser keeps for it, when there is one (and a notice). */
export async function withStoredReferences(graph: ExonetGraph): Promise<ExonetGraph> {
  const stored = await loadStoredReferences(browserStorage(), graph);
  if (stored.kind === 'none') return graph;
  const store = useAppStore.getState();
  if (stored.kind === 'corrupt') {
    store.notify({ kind: 'error', text: 'The reference list kept in this browser could not be read and was not attached.', details: stored.problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`) });
    return graph;
  }
  store.notify({ kind: 'info', text: `Attached the reference list kept in this browser (${stored.references.length} references).` });
  return { ...graph, references: stored.references };
}
