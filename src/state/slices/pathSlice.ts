// The path query and which of its results is highlighted.

import type { StateCreator } from 'zustand';
import type { ViewPathQuery } from '../../core/view/viewState';
import type { AppState } from '../store';

/** The path query of the view, as the URL and stories hold it. */
export type PathQuery = ViewPathQuery;

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

export const DEFAULT_PATH_OPTIONS = { k: 5, maxHops: 5, undirected: false, effect: null } as const;

export const createPathSlice: StateCreator<AppState, [], [], PathSlice> = (set) => ({
  pathQuery: null,
  activePath: 0,
  setPathQuery: (pathQuery) => set({ pathQuery, activePath: 0 }),
  setActivePath: (activePath) => set({ activePath }),
});
