// The controller's interface: what it takes (the canvas state, through `update`) and what
// it reports back (events, and what the canvas shows).

import type { Core } from 'cytoscape';
import type { CanvasState, LayoutName, Viewport } from '../core/view/canvasState';
import type { CanvasTheme } from './stylesheet';

/** What the canvas shows, read from Cytoscape: the hooks that tests rely on. */
export interface CanvasShown {
  /** Whether the current graph is on the canvas and can be used. */
  ready: boolean;
  nodes: number;
  edges: number;
  /** Node ids of the highlighted path, in order; null without one. */
  path: string[] | null;
}

export interface GraphViewEvents {
  onSelect(selection: { kind: 'node' | 'edge'; id: string } | null): void;
  onHover(id: string | null): void;
  onViewport(viewport: Viewport): void;
  onLayoutDone(name: LayoutName): void;
  onShown(shown: CanvasShown): void;
}

export interface GraphView {
  readonly cy: Core;
  /** Applies the canvas state; parts equal (by identity) to the last applied are skipped. */
  update(state: CanvasState): void;
  currentTheme(): CanvasTheme;
  /** Runs the label pass now (after a picture export has changed the canvas). */
  relabel(): void;
  /** Resolves once nodes, viewport and labels have stopped moving (or after `timeoutMs`). */
  whenIdle(timeoutMs?: number): Promise<void>;
  /** Where the given nodes are drawn, in screen pixels of the canvas; nodes not shown are left out. */
  renderedPositions(ids: readonly string[]): Map<string, { x: number; y: number }>;
  destroy(): void;
}
