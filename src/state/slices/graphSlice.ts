// The graph being explored: the embedded review or an imported file.

import type { StateCreator } from 'zustand';
import type { ExonetGraph, ReferenceEntry } from '../../core/model/types';
import { DEFAULT_INSIGHT_VIEW } from '../../core/view/insightView';
import type { AppState } from '../store';

export type GraphOrigin = { kind: 'review' } | { kind: 'file'; name: string };

export interface GraphData {
  graph: ExonetGraph;
  origin: GraphOrigin;
  /** Node ids by label priority, computed with the layout (`npm run layout`); null: none. */
  labelOrder: readonly string[] | null;
}

export interface GraphActions {
  setGraph(graph: ExonetGraph, origin: GraphOrigin, labelOrder?: readonly string[] | null): void;
  /** Attaches (or, with null, removes) the reference list; the view stays as it is. */
  setReferences(references: ReferenceEntry[] | null): void;
}

export type GraphSlice = GraphData & GraphActions;

export const EMPTY_GRAPH: ExonetGraph = {
  format: 'exonet-graph',
  version: 1,
  source: { title: '', authors: [] },
  nodes: [],
  edges: [],
};

export const createGraphSlice: StateCreator<AppState, [], [], GraphSlice> = (set) => ({
  graph: EMPTY_GRAPH,
  origin: { kind: 'review' },
  labelOrder: null,
  setGraph: (graph, origin, labelOrder = null) =>
    set({ graph, origin, labelOrder, focusMode: 'focus', selection: null, criteria: {}, pathQuery: null, activePath: 0, layout: 'precomputed', layoutRequest: null, canvasRequest: null, insight: DEFAULT_INSIGHT_VIEW, mediatorSizes: null }),
  setReferences: (references) =>
    set((s) => {
      const graph = { ...s.graph, references: references ?? undefined };
      if (!references) delete graph.references;
      return { graph };
    }),
});
