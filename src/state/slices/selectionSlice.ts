// What is selected (a node or an edge) and what the pointer hovers.

import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export interface SelectionData {
  selection: Selection;
  hovered: string | null;
  /** Increases each time the view should centre on the selection (search, path step). */
  focusRequest: number;
  /** A request to the canvas to pan to an element, such as the edge of a clicked evidence item. */
  panRequest: { id: string; seq: number } | null;
}

export interface SelectionActions {
  select(selection: Selection, options?: { centre?: boolean }): void;
  hover(id: string | null): void;
  /** Asks the canvas to pan to a node or an edge, without changing the selection. */
  requestPan(id: string): void;
}

export type SelectionSlice = SelectionData & SelectionActions;

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  hovered: null,
  focusRequest: 0,
  panRequest: null,
  select: (selection, options) =>
    set((s) => ({ selection, focusRequest: options?.centre ? s.focusRequest + 1 : s.focusRequest })),
  hover: (hovered) => set({ hovered }),
  requestPan: (id) => set((s) => ({ panRequest: { id, seq: (s.panRequest?.seq ?? 0) + 1 } })),
});
