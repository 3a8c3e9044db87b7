// The path query and which of its results is highlighted.

import type { StateCreator } from 'zustand';
import type { PathQuery } from '../../core/paths/pathQuery';
import type { AppState } from '../store';

export type { PathQuery };

export interface PathData {
  pathQuery: PathQuery | null;
  /** Index of the highlighted path in the results. */
  activePath: number;
}

export interface PathActions {
  setPathQuery(query: PathQuery | null): void;
  setActivePath(index: number): void;
}

export type PathSlice = PathData & PathActions;

export const createPathSlice: StateCreator<AppState, [], [], PathSlice> = (set) => ({
  pathQuery: null,
  activePath: 0,
  setPathQuery: (pathQuery) => set({ pathQuery, activePath: 0, focusMode: 'focus' }),
  setActivePath: (activePath) => set({ activePath }),
});
