// Keeps the URL and the view in step: the address reproduces the view, back and forward
// move through views, and a malformed address falls back to the default view with a notice.

import { useEffect } from 'react';
import { splitStoryLink, storyLinkSearch, type StoryLink } from '../core/story/storyLink';
import { decodeViewState, encodeViewState } from '../core/view/urlState';
import { loadBuiltInStories } from '../data/builtInStories';
import { presentLecture } from './presentationActions';
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

/** Opens the slide a link names (`?story=ID&step=N`), once the lectures have loaded. */
function openStoryLink(link: StoryLink): void {
  void loadBuiltInStories().then(({ stories }) => {
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
  const problems = [...linkProblems, ...(decoded.ok ? checkViewAgainstGraph(decoded.value, store.graph) : decoded.problems)];
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
  if (link) openStoryLink(link);
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
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [enabled]);
}
