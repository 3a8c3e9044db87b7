// What the explorer keeps in localStorage between visits: the theme, the shortcut setting
// and (in storyDraft.ts, loaded only when there is a draft) the story draft, under versioned
// keys. Storage is untrusted: it may be disabled (reading it throws), full (writing throws),
// or hold anything at all. Loading always yields usable values.

import type { Theme } from './slices/uiSlice';

export const THEME_KEY = 'exonet-explorer:theme:v1';
export const STORY_DRAFT_KEY = 'exonet-explorer:story-draft:v1';
export const SHORTCUTS_KEY = 'exonet-explorer:single-key-shortcuts:v1';
export const DEFAULT_THEME: Theme = 'light';

/** The part of the Web Storage API we use, so that tests can pass a fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or null where it is missing or disabled (merely reading
 * `window.localStorage` throws a SecurityError when storage is blocked). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The text stored under a key, or null when there is none or storage cannot be read. */
export function readItem(storage: KeyValueStorage | null, key: string): string | null {
  if (!storage) return null;
  try {
    const value: unknown = storage.getItem(key);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Stores (or, with null, removes) a key's text; false when storage refused it. */
export function writeItem(storage: KeyValueStorage | null, key: string, value: string | null): boolean {
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** The theme the user chose in an earlier visit, or null when none was chosen (or it is unreadable). */
export function loadSavedTheme(storage: KeyValueStorage | null): Theme | null {
  const value = readItem(storage, THEME_KEY);
  return value === 'light' || value === 'dark' ? value : null;
}

/** The saved theme, or the fallback (the system's, else light) when none was chosen. */
export function loadTheme(storage: KeyValueStorage | null, fallback: Theme = DEFAULT_THEME): Theme {
  return loadSavedTheme(storage) ?? fallback;
}

/** Whether the single-key shortcuts (f, 0, ?, /) are on: on unless turned off earlier. */
export function loadSingleKeyShortcuts(storage: KeyValueStorage | null): boolean {
  return readItem(storage, SHORTCUTS_KEY) !== 'off';
}

/** Remembers whether the single-key shortcuts are on; false when storage refused it. */
export function saveSingleKeyShortcuts(storage: KeyValueStorage | null, on: boolean): boolean {
  return writeItem(storage, SHORTCUTS_KEY, on ? null : 'off');
}

/** Saves the theme; false when storage refused it. */
export function saveTheme(storage: KeyValueStorage | null, theme: Theme): boolean {
  return writeItem(storage, THEME_KEY, theme);
}
