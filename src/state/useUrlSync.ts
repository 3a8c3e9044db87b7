// Keeps the URL and the view in step: the address reproduces the view, back and forward
// move through views, and a malformed address falls back to the default view with a notice.

import { useEffect } from 'react';
import { decodeViewState, encodeViewState } from '../core/view/urlState';
import { DEFAULT_VIEW } from '../core/view/viewState';
import { applyView, checkViewAgainstGraph, viewOfStore } from './viewOfStore';
import { useAppStore } from './store';

/** True while a view read from the address is applied, so that it is not pushed again. */
let applyingLocation = false;

function readLocation(notifyProblems: boolean): void {
  applyingLocation = true;
  try {
    applyLocation(notifyProblems);
  } finally {
    applyingLocation = false;
  }
}

function applyLocation(notifyProblems: boolean): void {
  const store = useAppStore.getState();
  const decoded = decodeViewState(window.location.search);
  const problems = decoded.ok ? checkViewAgainstGraph(decoded.value, store.graph) : decoded.problems;
  if (problems.length) {
    if (notifyProblems) {
      store.notify({
        kind: 'error',
        text: 'The link could not be fully read, so the default view is shown.',
        details: problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`),
      });
    }
    useAppStore.setState(applyView(store, DEFAULT_VIEW));
    return;
  }
  if (decoded.ok) useAppStore.setState(applyView(store, decoded.value));
}

export function useUrlSync(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    readLocation(true);
    let current = encodeViewState(viewOfStore(useAppStore.getState()));
    if (`?${current}` !== window.location.search && current !== window.location.search) {
      window.history.replaceState(null, '', current ? `?${current}` : window.location.pathname);
    }
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (applyingLocation) return;
      if (s.selection === prev.selection && s.criteria === prev.criteria && s.searchText === prev.searchText && s.pathQuery === prev.pathQuery && s.activePath === prev.activePath && s.insight === prev.insight) return;
      const next = encodeViewState(viewOfStore(s));
      if (next === current) return;
      const onlySearch = s.searchText !== prev.searchText && s.selection === prev.selection && s.criteria === prev.criteria && s.pathQuery === prev.pathQuery;
      const url = next ? `?${next}` : window.location.pathname;
      if (onlySearch) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      current = next;
    });
    const onPop = () => {
      readLocation(true);
      current = encodeViewState(viewOfStore(useAppStore.getState()));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [enabled]);
}
