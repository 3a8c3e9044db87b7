// A layout computed elsewhere (the layout worker): its stages, the job that can be
// cancelled, and the function that starts one. Types only, so the store can drive a
// layout without knowing where it runs.

import type { ExonetGraph } from '../model/types';
import type { Positions } from './chainLayout';

export type LayoutStage = 'starting' | 'building' | 'layout';

export class LayoutCancelled extends Error {
  constructor() {
    super('the layout was cancelled');
  }
}

export interface LayoutJob {
  /** Positions of every node; rejects with LayoutCancelled after cancel(). */
  done: Promise<Positions>;
  cancel(): void;
}

/** Starts laying out a graph; onStage hears what it is doing. */
export type LayoutRunner = (graph: ExonetGraph, onStage: (stage: LayoutStage) => void) => LayoutJob;
