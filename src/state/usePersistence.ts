// Restores the theme and the story draft from localStorage once per page load, and saves
// them whenever they change. A corrupt draft, or a draft that cannot be saved, becomes a
// notice; nothing here throws.

import { useEffect } from 'react';
import { browserStorage, loadStoryDraft, loadTheme, saveStoryDraft, saveTheme, type KeyValueStorage } from './persistence';
import { useAppStore } from './store';

let restored = false;

/** Puts the saved theme and story draft into the store; reports a draft that cannot be read. */
export function restorePersistedState(storage: KeyValueStorage | null): void {
  const store = useAppStore.getState();
  store.setTheme(loadTheme(storage));
  const draft = loadStoryDraft(storage);
  if (draft.kind === 'story') store.setStory(draft.story);
  else if (draft.kind === 'corrupt') {
    store.notify({
      kind: 'error',
      text: 'The story draft saved in this browser could not be read, so an empty story is shown. Editing the story replaces the saved draft.',
      details: draft.problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`),
    });
  }
}

/** Saves the theme and the story draft on every change; returns the unsubscribe function. */
export function persistChanges(storage: KeyValueStorage | null): () => void {
  let warned = false;
  return useAppStore.subscribe((s, prev) => {
    if (s.theme !== prev.theme) saveTheme(storage, s.theme);
    if (s.story !== prev.story && !saveStoryDraft(storage, s.story) && !warned) {
      warned = true;
      s.notify({ kind: 'error', text: 'This browser does not keep the story draft (storage is off or full). Use “Save story” to keep it in a file.' });
    }
  });
}

export function usePersistence(): void {
  useEffect(() => {
    const storage = browserStorage();
    if (!restored) {
      restored = true;
      restorePersistedState(storage);
    }
    return persistChanges(storage);
  }, []);
}
