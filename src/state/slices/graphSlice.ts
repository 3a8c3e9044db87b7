// The graph being explored: the embedded review or an imported file.

import type { StateCreator } from 'zustand';
import type { ExonetGraph } from '../../core/model/types';
import { DEFAULT_INSIGHT_VIEW } from '../../core/view/insightView';
import type { AppState } from '../store';

export type GraphOrigin = { kind: 'review' } | { kind: 'file'; name: string };

export interface GraphData {
  graph: ExonetGraph;
  origin: GraphOrigin;
}

export interface GraphActions {
  setGraph(graph: ExonetGraph, origin: GraphOrigin): void;
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
  setGraph: (graph, origin) =>
    set({ graph, origin, selection: null, criteria: {}, pathQuery: null, activePath: 0, layout: 'precomputed', layoutRequest: null, canvasRequest: null, insight: DEFAULT_INSIGHT_VIEW, mediatorSizes: null }),
});
