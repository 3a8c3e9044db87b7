// What the canvas shows, as one value: the graph, what is visible and highlighted, the
// theme, and the requests for the viewport and the layout. The store derives it; the
// canvas controller (src/cy) applies it. Requests carry a sequence number, so the
// controller acts on each one once, whatever else changes.

import type { VisibleSet } from '../filter/criteria';
import type { ExonetGraph } from '../model/types';

export type CanvasTheme = 'light' | 'dark' | 'projector' | 'projector-dark';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** A one-off request for the viewport. */
export type CanvasRequest =
  | { seq: number; kind: 'fit' }
  | { seq: number; kind: 'centre'; id: string }
  /** Frame a node with all its (visible) neighbours. */
  | { seq: number; kind: 'frame-node'; id: string }
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

/**
 * A narrowed view laid out for reading: the k paths of a query as a chain (the active one
 * straight along the middle), or the visible subgraph laid out on its own.
 */
export type CanvasFocus =
  | { kind: 'paths'; paths: readonly (readonly string[])[]; edges: readonly string[]; active: number }
  | { kind: 'subgraph' };

/** Screen pixels that overlays (legend, caption bar) cover on each side of the canvas. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface CanvasState {
  graph: ExonetGraph;
  visible: VisibleSet;
  highlight: CanvasHighlight;
  theme: CanvasTheme;
  presenting: boolean;
  request: CanvasRequest | null;
  layoutRequest: LayoutRequest | null;
  /** A focused view, or null for the whole map. */
  focus: CanvasFocus | null;
  /** What overlays cover: framing keeps the elements out of it. */
  insets: Insets;
  /** Node ids, most important label first (computed with the layout); null: by degree. */
  labelOrder: readonly string[] | null;
  /** Node sizes from a score from 0 to 1 (key mediators); null: the usual sizes. */
  nodeScale: Readonly<Record<string, number>> | null;
  /** Nodes a presented story step is about: always labelled, large, and framed in a crowded view; null: none. */
  featured: readonly string[] | null;
}
