// Interface state: theme, the search text, open panels and notices.

import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type Theme = 'light' | 'dark';
export type Panel = 'details' | 'paths' | 'export' | 'story';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  /** Shown as text, never as HTML. */
  text: string;
  /** Extra lines, such as the problems of a refused file. */
  details?: string[];
  /** What the notice is about, so that it can be withdrawn when that goes ('import'). */
  topic?: 'import';
}

export interface UiData {
  theme: Theme;
  searchText: string;
  panel: Panel;
  notices: Notice[];
  helpOpen: boolean;
  legendOpen: boolean;
}

export interface UiActions {
  setTheme(theme: Theme): void;
  setSearchText(text: string): void;
  setPanel(panel: Panel): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
  dismissTopic(topic: NonNullable<Notice['topic']>): void;
  setHelpOpen(open: boolean): void;
  setLegendOpen(open: boolean): void;
}

export type UiSlice = UiData & UiActions;

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: 'light',
  searchText: '',
  panel: 'details',
  notices: [],
  helpOpen: false,
  legendOpen: true,
  setTheme: (theme) => set({ theme }),
  setSearchText: (searchText) => set({ searchText }),
  setPanel: (panel) => set({ panel }),
  notify: (notice) => set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id: nextNoticeId++ }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissTopic: (topic) => set((s) => ({ notices: s.notices.filter((n) => n.topic !== topic) })),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
});
