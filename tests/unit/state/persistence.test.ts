// The theme and the story draft in localStorage: garbage, wrong types, disabled or full
// storage give the defaults (and a notice for a corrupt draft), never an exception.

import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../../src/core/story/story';
import {
  DEFAULT_THEME, STORY_DRAFT_KEY, THEME_KEY, type KeyValueStorage,
  SHORTCUTS_KEY, browserStorage, loadSingleKeyShortcuts, loadTheme, saveTheme,
} from '../../../src/state/persistence';
import { loadStoryDraft, saveStoryDraft } from '../../../src/state/storyDraft';
import { EMPTY_STORY } from '../../../src/state/slices/presentationSlice';
import { useAppStore } from '../../../src/state/store';
import { persistChanges, restorePersistedState } from '../../../src/state/usePersistence';

/** A Map-backed Storage that can be told to fail like a disabled or full localStorage. */
function fakeStorage(items: Record<string, unknown> = {}, fail: { read?: boolean; write?: boolean } = {}): KeyValueStorage & { items: Map<string, unknown> } {
  const map = new Map<string, unknown>(Object.entries(items));
  return {
    items: map,
    getItem(key) {
      if (fail.read) throw new DOMException('The operation is insecure.', 'SecurityError');
      return map.has(key) ? (map.get(key) as string) : null;
    },
    setItem(key, value) {
      if (fail.write) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(key, String(value));
    },
    removeItem(key) {
      if (fail.write) throw new DOMException('The operation is insecure.', 'SecurityError');
      map.delete(key);
    },
  };
}

const story: Story = {
  format: 'exonet-story',
  version: 1,
  title: 'HSP70 and immune evasion <b>bold</b>',
  steps: [{ caption: 'Start at HSP70', view: 'sel=node%3Ahsp70', viewport: { zoom: 1.5, pan: { x: 10, y: -20 } } }],
};

describe('state/persistence', () => {
  describe('browserStorage', () => {
    it('should give null instead of throwing where there is no window', () => {
      expect(browserStorage()).toBeNull();
    });
  });

  describe('loadTheme', () => {
    it('should fall back to the default for no storage, a throwing storage, garbage and wrong types', () => {
      expect(loadTheme(null)).toBe(DEFAULT_THEME);
      expect(loadTheme(fakeStorage({ [THEME_KEY]: 'dark' }, { read: true }))).toBe(DEFAULT_THEME);
      for (const value of ['', 'DARK', 'blue', '"dark"', '{}', 42, null, { dark: true }]) {
        expect(loadTheme(fakeStorage({ [THEME_KEY]: value }))).toBe(DEFAULT_THEME);
      }
    });

    it('should give back a saved theme', () => {
      const storage = fakeStorage();
      expect(saveTheme(storage, 'dark')).toBe(true);
      expect(storage.items.get(THEME_KEY)).toBe('dark');
      expect(loadTheme(storage)).toBe('dark');
    });

    it('should ignore a theme saved under another version of the key', () => {
      expect(loadTheme(fakeStorage({ 'exonet-explorer:theme:v0': 'dark' }))).toBe(DEFAULT_THEME);
    });
  });

  describe('saveTheme', () => {
    it('should report false rather than throw when storage is full or missing', () => {
      expect(saveTheme(fakeStorage({}, { write: true }), 'dark')).toBe(false);
      expect(saveTheme(null, 'dark')).toBe(false);
    });
  });

  describe('loadStoryDraft', () => {
    it('should find no draft in empty, missing or throwing storage', () => {
      expect(loadStoryDraft(fakeStorage())).toEqual({ kind: 'none' });
      expect(loadStoryDraft(null)).toEqual({ kind: 'none' });
      expect(loadStoryDraft(fakeStorage({ [STORY_DRAFT_KEY]: 'x' }, { read: true }))).toEqual({ kind: 'none' });
    });

    it('should call garbage, wrong types and an invalid story corrupt, with the problems', () => {
      const corrupt = ['', 'not json', '{"format":"exonet-story"', '[]', '42', 'null', JSON.stringify({ ...story, steps: 'many' }), JSON.stringify({ ...story, version: 2 })];
      for (const text of corrupt) {
        const loaded = loadStoryDraft(fakeStorage({ [STORY_DRAFT_KEY]: text }));
        expect(loaded.kind).toBe('corrupt');
        if (loaded.kind === 'corrupt') expect(loaded.problems.length).toBeGreaterThan(0);
      }
    });

    it('should answer any stored text without throwing', () => {
      fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(['none', 'story', 'corrupt']).toContain(loadStoryDraft(fakeStorage({ [STORY_DRAFT_KEY]: text })).kind);
      }), { numRuns: 200 });
    });
  });

  describe('saveStoryDraft', () => {
    it('should save a story that loads back unchanged', () => {
      const storage = fakeStorage();
      expect(saveStoryDraft(storage, story)).toBe(true);
      expect(loadStoryDraft(storage)).toEqual({ kind: 'story', story });
    });

    it('should forget the draft when the story is empty', () => {
      const storage = fakeStorage({ [STORY_DRAFT_KEY]: JSON.stringify(story) });
      expect(saveStoryDraft(storage, EMPTY_STORY)).toBe(true);
      expect(storage.items.has(STORY_DRAFT_KEY)).toBe(false);
    });

    it('should report false rather than throw when storage is full or missing', () => {
      expect(saveStoryDraft(fakeStorage({}, { write: true }), story)).toBe(false);
      expect(saveStoryDraft(null, story)).toBe(false);
    });
  });
});

describe('state/usePersistence', () => {
  beforeEach(() => {
    useAppStore.setState({ theme: 'light', themeSource: 'system', singleKeyShortcuts: true, story: EMPTY_STORY, notices: [] });
  });

  describe('restorePersistedState', () => {
    it('should put the saved theme and story into the store', async () => {
      await restorePersistedState(fakeStorage({ [THEME_KEY]: 'dark', [STORY_DRAFT_KEY]: JSON.stringify(story) }));
      expect(useAppStore.getState()).toMatchObject({ theme: 'dark', story, notices: [] });
    });

    it('should keep the defaults and notify once when the draft is corrupt', async () => {
      await restorePersistedState(fakeStorage({ [THEME_KEY]: 'purple', [STORY_DRAFT_KEY]: '{"format":"exonet-story","version":1,"steps":[{"view":7}]}' }));
      const s = useAppStore.getState();
      expect(s).toMatchObject({ theme: 'light', story: EMPTY_STORY });
      expect(s.notices).toHaveLength(1);
      expect(s.notices[0]).toMatchObject({ kind: 'error', details: expect.arrayContaining([expect.stringMatching(/^steps\[0\]\.view: /)]) });
    });

    it('should keep the defaults silently when storage is disabled', async () => {
      await restorePersistedState(fakeStorage({}, { read: true }));
      expect(useAppStore.getState()).toMatchObject({ theme: 'light', story: EMPTY_STORY, notices: [] });
    });
  });

  describe('persistChanges', () => {
    it('should save the theme at once and the story draft once its writer has loaded, the last change last', async () => {
      const storage = fakeStorage();
      const stop = persistChanges(storage);
      useAppStore.getState().setTheme('dark');
      useAppStore.getState().setStory({ ...story, title: 'first' });
      useAppStore.getState().setStory(story);
      stop();
      expect(loadTheme(storage)).toBe('dark');
      await vi.waitFor(() => expect(loadStoryDraft(storage)).toEqual({ kind: 'story', story }));
      await new Promise((r) => setTimeout(r, 20));
      expect(loadStoryDraft(storage)).toEqual({ kind: 'story', story });
    });

    it('should notify once, not throw, when the draft cannot be saved', async () => {
      const stop = persistChanges(fakeStorage({}, { write: true }));
      useAppStore.getState().setTheme('dark');
      useAppStore.getState().setStory(story);
      useAppStore.getState().setStory({ ...story, title: 'again' });
      stop();
      await vi.waitFor(() => expect(useAppStore.getState().notices.length).toBeGreaterThan(0));
      await new Promise((r) => setTimeout(r, 20));
      expect(useAppStore.getState().notices).toHaveLength(1);
      expect(useAppStore.getState().notices[0].text).toMatch(/Save story/);
    });
  });

  describe('the system theme and the shortcut setting', () => {
    it('should follow the system until the user picks a theme, and remember only the pick', () => {
      const storage = fakeStorage();
      const stop = persistChanges(storage);
      useAppStore.getState().followSystemTheme('dark');
      expect(useAppStore.getState().theme).toBe('dark');
      expect(storage.items.has(THEME_KEY)).toBe(false);
      useAppStore.getState().setTheme('light');
      useAppStore.getState().followSystemTheme('dark');
      stop();
      expect(useAppStore.getState().theme).toBe('light');
      expect(storage.items.get(THEME_KEY)).toBe('light');
    });

    it('should restore a saved pick over the system theme', () => {
      void restorePersistedState(fakeStorage({ [THEME_KEY]: 'light' }));
      useAppStore.getState().followSystemTheme('dark');
      expect(useAppStore.getState()).toMatchObject({ theme: 'light', themeSource: 'user' });
    });

    it('should keep the single-key shortcuts on by default and remember them turned off', () => {
      expect(loadSingleKeyShortcuts(fakeStorage())).toBe(true);
      expect(loadSingleKeyShortcuts(fakeStorage({}, { read: true }))).toBe(true);
      const storage = fakeStorage();
      const stop = persistChanges(storage);
      useAppStore.getState().setSingleKeyShortcuts(false);
      stop();
      expect(storage.items.get(SHORTCUTS_KEY)).toBe('off');
      void restorePersistedState(storage);
      expect(useAppStore.getState().singleKeyShortcuts).toBe(false);
      useAppStore.getState().setSingleKeyShortcuts(true);
      void restorePersistedState(fakeStorage());
      expect(useAppStore.getState().singleKeyShortcuts).toBe(true);
    });
  });
});
