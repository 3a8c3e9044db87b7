// The filter criteria of the view.

import type { StateCreator } from 'zustand';
import type { FilterCriteria } from '../../core/filter/criteria';
import type { AppState } from '../store';

export interface FilterData {
  criteria: FilterCriteria;
}

export interface FilterActions {
  updateCriteria(patch: Partial<FilterCriteria>): void;
  resetCriteria(): void;
}

export type FilterSlice = FilterData & FilterActions;

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  criteria: {},
  updateCriteria: (patch) => set((s) => ({ criteria: { ...s.criteria, ...patch }, focusMode: 'focus' })),
  resetCriteria: () => set({ criteria: {}, focusMode: 'focus' }),
});
