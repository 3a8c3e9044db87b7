// Which view of the graph fills the middle column: the network (the canvas) or its text
// view, the edge list. In the URL as `view=list`; the canvas stays mounted under the list.

import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type MainView = 'network' | 'list';

export interface MainViewData {
  mainView: MainView;
}

export interface MainViewActions {
  showMainView(view: MainView): void;
}

export type MainViewSlice = MainViewData & MainViewActions;

export const createMainViewSlice: StateCreator<AppState, [], [], MainViewSlice> = (set) => ({
  mainView: 'network',
  showMainView: (mainView) => set({ mainView }),
});

/** Whether the edge list covers the canvas now (never while presenting). */
export const selectListShown = (s: AppState): boolean => s.mainView === 'list' && !s.presentation.active;
