// Keeps the URL and the view in step: the address reproduces the view, back and forward
// move through views, and a malformed address falls back to the default view with a notice.

import { useEffect } from 'react';
import { splitStoryLink, storyLinkSearch, type StoryLink } from '../core/story/storyLink';
import { decodeViewState, encodeViewState } from '../core/view/urlState';
import { presentLecture } from './presentationActions';
import { DEFAULT_VIEW } from '../core/view/viewState';
import { applyView, checkViewAgainstGraph, pruneViewForGraph, viewOfStore } from './viewOfStore';
import { selectPathResults } from './selectors';
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

/** Opens the slide a link names (`?story=ID&step=N`), once the lectures (and their reader) have loaded. */
function openStoryLink(link: StoryLink): void {
  void import('../data/builtInStories').then((m) => m.loadBuiltInStories()).then(({ stories }) => {
    const store = useAppStore.getState();
    const lecture = stories.find((s) => s.id === link.story);
    if (!lecture) {
      store.notify({ kind: 'error', text: `No built-in lecture is named "${link.story.slice(0, 40)}"; the map is shown instead.` });
      return;
    }
    if (link.index >= lecture.steps.length) {
      store.notify({ kind: 'error', text: `The lecture “${lecture.title}” has ${lecture.steps.length} steps, not ${link.index + 1}; it opens at its first step.` });
    }
    presentLecture(lecture, link.index < lecture.steps.length ? link.index : 0);
  });
}

function applyLocation(notifyProblems: boolean): void {
  const store = useAppStore.getState();
  const { link, rest, problems: linkProblems } = splitStoryLink(window.location.search);
  const decoded = decodeViewState(rest);
  // Filter values and a selection the graph lacks are left out; the rest of the link holds.
  const pruned = decoded.ok ? pruneViewForGraph(decoded.value, store.graph) : null;
  const problems = [...linkProblems, ...(pruned ? checkViewAgainstGraph(pruned.view, store.graph) : decoded.ok ? [] : decoded.problems)];
  if (problems.length || !pruned) {
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
  if (pruned.dropped.length && notifyProblems) {
    store.notify({
      kind: 'error',
      text: 'Part of the link names what this graph does not have; it was left out of the view and the address.',
      details: pruned.dropped.slice(0, 5).map((p) => `${p.where}: ${p.message}`),
    });
  }
  useAppStore.setState(applyView(store, pruned.view));
  dropMissingPath(notifyProblems);
  if (link) openStoryLink(link);
}

/** A path index beyond the paths found (`p=9` with three paths) falls back to the first path. */
function dropMissingPath(notifyProblems: boolean): void {
  const s = useAppStore.getState();
  if (!s.pathQuery || s.activePath === 0) return;
  const found = selectPathResults(s).length;
  if (s.activePath < found) return;
  if (notifyProblems) {
    s.notify({
      kind: 'error',
      text: `The link asks for path ${s.activePath + 1} (p=${s.activePath}), but ${found === 0 ? 'no path was' : found === 1 ? 'only 1 path was' : `only ${found} paths were`} found; ${found ? 'the first is shown' : 'none is shown'}.`,
    });
  }
  useAppStore.setState({ activePath: 0 });
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
      // While a built-in lecture is presented, the address names its slide.
      if (s.lecture?.id && s.presentation.active && s.presentation.mode === 'story') {
        const slide = `?${storyLinkSearch({ story: s.lecture.id, index: s.presentation.storyIndex })}`;
        if (window.location.search !== slide) window.history.replaceState(null, '', slide);
        return;
      }
      // A story without a link (a deck being drawn from the user's story) leaves the address alone.
      if (s.lecture && s.presentation.active) return;
      if (prev.lecture && !s.lecture) {
        current = encodeViewState(viewOfStore(s));
        window.history.replaceState(null, '', current ? `?${current}` : window.location.pathname);
        return;
      }
      if (s.selection === prev.selection && s.criteria === prev.criteria && s.searchText === prev.searchText && s.pathQuery === prev.pathQuery && s.activePath === prev.activePath && s.insight === prev.insight && s.mainView === prev.mainView) return;
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
      // What the view left out leaves the address too.
      if (`?${current}` !== window.location.search && current !== window.location.search && !splitStoryLink(window.location.search).link) {
        window.history.replaceState(null, '', current ? `?${current}` : window.location.pathname);
      }
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [enabled]);
}
