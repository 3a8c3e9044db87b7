// What the canvas shows, as one value: the graph, what is visible and highlighted, the
// theme, and the requests for the viewport and the layout. The store derives it; the
// canvas controller (src/cy) applies it. Requests carry a sequence number, so the
// controller acts on each one once, whatever else changes.

import type { VisibleSet } from '../filter/criteria';
import type { ExonetGraph } from '../model/types';

export type CanvasTheme = 'light' | 'dark' | 'projector';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** A one-off request for the viewport. */
export type CanvasRequest =
  | { seq: number; kind: 'fit' }
  | { seq: number; kind: 'centre'; id: string }
  | { seq: number; kind: 'viewport'; viewport: Viewport };

export type LayoutName = 'fcose' | 'layered';

export interface LayoutRequest {
  seq: number;
  name: LayoutName;
}

export interface CanvasHighlight {
  selection: { kind: 'node' | 'edge'; id: string } | null;
  /** The hovered node, ignored while a path is highlighted. */
  hovered: string | null;
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
  /** In a path step-through: the steps revealed so far (-1: none yet); undefined otherwise. */
  revealedSteps?: number;
}

export interface CanvasState {
  graph: ExonetGraph;
  visible: VisibleSet;
  highlight: CanvasHighlight;
  theme: CanvasTheme;
  presenting: boolean;
  request: CanvasRequest | null;
  layoutRequest: LayoutRequest | null;
  /** Node sizes from a score from 0 to 1 (key mediators); null: the usual sizes. */
  nodeScale: Readonly<Record<string, number>> | null;
}
