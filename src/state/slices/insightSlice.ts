// The insight views: which one is open, the knock-out, the longest path, the matrix's row
// order, and whether the map sizes nodes by their mediator score.

import type { StateCreator } from 'zustand';
import { DEFAULT_INSIGHT_VIEW, type InsightTab, type InsightViewState } from '../../core/view/insightView';
import { PATH_LIMITS } from '../../core/paths/pathQuery';
import type { AppState } from '../store';

export type MatrixSort = 'reached' | 'name';

export interface InsightData {
  insight: InsightViewState;
  matrixSort: MatrixSort;
  /** Mediator scores by node id while the map sizes nodes by them; null when it does not. */
  mediatorSizes: Readonly<Record<string, number>> | null;
}

export interface InsightActions {
  openInsight(tab: InsightTab | null): void;
  setKnockout(ids: string[]): void;
  setInsightHops(maxHops: number): void;
  setMatrixSort(sort: MatrixSort): void;
  setMediatorSizes(scores: Readonly<Record<string, number>> | null): void;
  /** Shows the paths of a protein → hallmark pair in the path finder and on the map. */
  showPairPaths(from: string, to: string, effect?: 'promotes' | 'suppresses'): void;
}

export type InsightSlice = InsightData & InsightActions;

export const createInsightSlice: StateCreator<AppState, [], [], InsightSlice> = (set) => ({
  insight: DEFAULT_INSIGHT_VIEW,
  matrixSort: 'reached',
  mediatorSizes: null,
  openInsight: (tab) => set((s) => ({ insight: { ...s.insight, tab } })),
  setKnockout: (knockout) => set((s) => ({ insight: { ...s.insight, knockout } })),
  setInsightHops: (maxHops) => set((s) => ({ insight: { ...s.insight, maxHops } })),
  setMatrixSort: (matrixSort) => set({ matrixSort }),
  setMediatorSizes: (mediatorSizes) => set({ mediatorSizes }),
  showPairPaths: (from, to, effect) =>
    set((s) => ({
      pathQuery: { from, to, k: 5, maxHops: Math.min(s.insight.maxHops, PATH_LIMITS.maxHops.max), undirected: false, effect: effect ?? null },
      activePath: 0,
      panel: 'paths',
      insight: { ...s.insight, tab: null },
    })),
});
