// Restores the theme, the shortcut setting and the story draft from localStorage once per
// page load, and saves them whenever they change. Without a saved theme the system's colour
// scheme is followed. A corrupt draft, or a draft that cannot be saved, becomes a notice;
// nothing here throws.

import { useEffect } from 'react';
import {
  browserStorage, loadSavedTheme, loadSingleKeyShortcuts, readItem, saveSingleKeyShortcuts, saveTheme, STORY_DRAFT_KEY, type KeyValueStorage,
} from './persistence';
import type { Theme } from './slices/uiSlice';
import { useAppStore } from './store';

let restored = false;

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** The theme the system asks for (prefers-color-scheme), light where it cannot be read. */
export function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(DARK_SCHEME).matches ? 'dark' : 'light';
}

/** The story draft's reader and writer, loaded once there is a draft to read or write. */
const loadStoryDraftCode = () => import('./storyDraft');

/**
 * Puts the saved theme and shortcut setting into the store at once, and the story draft
 * once its reader has loaded (when one is stored); reports a draft that cannot be read.
 */
export async function restorePersistedState(storage: KeyValueStorage | null): Promise<void> {
  const store = useAppStore.getState();
  const saved = loadSavedTheme(storage);
  if (saved) store.setTheme(saved);
  else store.followSystemTheme(systemTheme());
  store.setSingleKeyShortcuts(loadSingleKeyShortcuts(storage));
  if (readItem(storage, STORY_DRAFT_KEY) === null) return;
  const draft = (await loadStoryDraftCode()).loadStoryDraft(storage);
  if (draft.kind === 'story') store.setStory(draft.story);
  else if (draft.kind === 'corrupt') {
    store.notify({
      kind: 'error',
      text: 'The story draft saved in this browser could not be read, so an empty story is shown. Editing the story replaces the saved draft.',
      details: draft.problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`),
    });
  }
}

/**
 * Saves the theme and the story draft on every change (the draft once its writer has
 * loaded, in the order of the changes); returns the unsubscribe function.
 */
export function persistChanges(storage: KeyValueStorage | null): () => void {
  let warned = false;
  return useAppStore.subscribe((s, prev) => {
    // Only a theme the user picked is remembered; the system's is read again on each visit.
    if ((s.theme !== prev.theme || s.themeSource !== prev.themeSource) && s.themeSource === 'user') saveTheme(storage, s.theme);
    if (s.singleKeyShortcuts !== prev.singleKeyShortcuts) saveSingleKeyShortcuts(storage, s.singleKeyShortcuts);
    if (s.story === prev.story) return;
    const story = s.story;
    void loadStoryDraftCode().then(({ saveStoryDraft }) => {
      if (saveStoryDraft(storage, story) || warned) return;
      warned = true;
      useAppStore.getState().notify({ kind: 'error', text: 'This browser does not keep the story draft (storage is off or full). Use “Save story” to keep it in a file.' });
    });
  });
}

export function usePersistence(): void {
  useEffect(() => {
    const storage = browserStorage();
    if (!restored) {
      restored = true;
      void restorePersistedState(storage);
    }
    const unsubscribe = persistChanges(storage);
    // The theme follows a change of the system's colour scheme until the user picks one.
    const scheme = typeof matchMedia === 'function' ? matchMedia(DARK_SCHEME) : null;
    const onScheme = () => useAppStore.getState().followSystemTheme(systemTheme());
    scheme?.addEventListener('change', onScheme);
    return () => {
      unsubscribe();
      scheme?.removeEventListener('change', onScheme);
    };
  }, []);
}
