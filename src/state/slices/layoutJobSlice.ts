// An imported graph being laid out off the main thread before it is shown: what the
// progress indicator tells. The graph on the canvas stays until the layout is done.

import type { StateCreator } from 'zustand';
import type { LayoutStage } from '../../core/layout/layoutJob';
import type { AppState } from '../store';

export interface LayoutJobState {
  /** The file's name. */
  name: string;
  nodes: number;
  edges: number;
  stage: LayoutStage;
  /** performance.now() when the layout started. */
  startedAt: number;
}

export interface LayoutJobSlice {
  layoutJob: LayoutJobState | null;
  setLayoutJob(job: LayoutJobState | null): void;
}

export const createLayoutJobSlice: StateCreator<AppState, [], [], LayoutJobSlice> = (set) => ({
  layoutJob: null,
  setLayoutJob: (layoutJob) => set({ layoutJob }),
});
