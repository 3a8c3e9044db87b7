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
  /** 'system' while the theme follows prefers-color-scheme, 'user' once the user picked one. */
  themeSource: 'system' | 'user';
  /** Whether single-key shortcuts (f, 0, ?, /) run; WCAG 2.1.4 lets the user turn them off. */
  singleKeyShortcuts: boolean;
  searchText: string;
  panel: Panel;
  /** Counts the panels the user opened (by click or key): each one takes focus to its heading. */
  panelFocus: number;
  notices: Notice[];
  helpOpen: boolean;
  legendOpen: boolean;
  /** On narrow screens, whether the filters are unfolded above the canvas. */
  filtersOpen: boolean;
}

export interface UiActions {
  /** The user's choice of theme, remembered. */
  setTheme(theme: Theme): void;
  /** The system's colour scheme, followed until the user picks a theme. */
  followSystemTheme(theme: Theme): void;
  setSingleKeyShortcuts(on: boolean): void;
  setSearchText(text: string): void;
  setPanel(panel: Panel): void;
  /** Opens a panel at the user's request and moves focus to its heading. */
  openPanel(panel: Panel): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
  dismissTopic(topic: NonNullable<Notice['topic']>): void;
  setHelpOpen(open: boolean): void;
  setLegendOpen(open: boolean): void;
  setFiltersOpen(open: boolean): void;
}

export type UiSlice = UiData & UiActions;

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: 'light',
  themeSource: 'system',
  singleKeyShortcuts: true,
  searchText: '',
  panel: 'details',
  panelFocus: 0,
  notices: [],
  helpOpen: false,
  legendOpen: true,
  filtersOpen: false,
  setTheme: (theme) => set({ theme, themeSource: 'user' }),
  followSystemTheme: (theme) => set((s) => (s.themeSource === 'system' ? { theme } : {})),
  setSingleKeyShortcuts: (singleKeyShortcuts) => set({ singleKeyShortcuts }),
  setSearchText: (searchText) => set({ searchText }),
  setPanel: (panel) => set({ panel }),
  openPanel: (panel) => set((s) => ({ panel, panelFocus: s.panelFocus + 1 })),
  notify: (notice) => set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id: nextNoticeId++ }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissTopic: (topic) => set((s) => ({ notices: s.notices.filter((n) => n.topic !== topic) })),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
});
