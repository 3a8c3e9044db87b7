// What is selected (a node or an edge) and what the pointer hovers.

import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import { centreRequest, frameNodeRequest } from './canvasSlice';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export interface SelectionData {
  selection: Selection;
  hovered: string | null;
}

export interface SelectionActions {
  /** Selects; a node is framed on the canvas with all its neighbours, unless `frame` is false. */
  select(selection: Selection, options?: { frame?: boolean }): void;
  hover(id: string | null): void;
  /** Asks the canvas to pan to a node or an edge, without changing the selection. */
  requestPan(id: string): void;
}

export type SelectionSlice = SelectionData & SelectionActions;

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  hovered: null,
  select: (selection, options) =>
    set((s) => (selection?.kind === 'node' && options?.frame !== false ? { selection, canvasRequest: frameNodeRequest(s, selection.id) } : { selection })),
  hover: (hovered) => set({ hovered }),
  requestPan: (id) => set((s) => ({ canvasRequest: centreRequest(s, id) })),
});
