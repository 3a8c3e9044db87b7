// A focused view fitted to the canvas it is shown on: its own layout (the chain of a path
// query, or fcose of the shown set) spread over the free part of the canvas with room for
// every label, framed so that the spread fills that part, and fitted again when the canvas
// changes size. Used by the controller, which decides when a view is focused.

import type { Core } from 'cytoscape';
import type { Positions } from '../core/layout/chainLayout';
import type { CanvasFocus, Insets } from '../core/view/canvasState';
import { moveNodes, pathFocusPositions, readablePositions, shownSubgraphPositions, type ScreenArea } from './focusLayout';
import type { LabelSizes } from './labels';
import { showViewport } from './viewport';

/** Screen pixels kept free around a focused view. */
const FOCUS_MARGIN = 12;
/** Without a drawn canvas (headless), a focused view is laid out for a common screen. */
const HEADLESS_SCREEN = [1200, 800] as const;
/** How much the free area must change before the view is fitted again. */
const REFIT_CHANGE = 0.08;

export interface FocusFit {
  /** Takes the focused view's own layout (or none, leaving the focus). */
  start(focus: CanvasFocus | null): void;
  /** Moves the nodes to the layout fitted to the free area; resolves with their positions. */
  fit(insets: Insets, sizes: LabelSizes): Promise<Positions | null>;
  /** Whether the free area differs enough from the one last fitted to that fitting again is worth it. */
  needsRefit(insets: Insets): boolean;
  /** Frames the fitted view (returns false when there is none). */
  frame(insets: Insets): boolean;
  /** Where the fitted view put its nodes; null outside a focus. */
  readonly positions: Positions | null;
  readonly active: boolean;
}

export function createFocusFit(cy: Core): FocusFit {
  let base: Positions | null = null;
  let fitted: (ScreenArea & { zoom: number }) | null = null;
  let positions: Positions | null = null;

  /** The part of the canvas a focused view may use: all of it but the overlays and a margin. */
  const freeArea = (insets: Insets): ScreenArea => {
    const [width, height] = cy.width() > 1 && cy.height() > 1 ? [cy.width(), cy.height()] : HEADLESS_SCREEN;
    return {
      x: insets.left + FOCUS_MARGIN,
      y: insets.top + FOCUS_MARGIN,
      width: Math.max(1, width - insets.left - insets.right - 2 * FOCUS_MARGIN),
      height: Math.max(1, height - insets.top - insets.bottom - 2 * FOCUS_MARGIN),
    };
  };

  return {
    get positions() {
      return positions;
    },
    get active() {
      return base !== null;
    },
    start(focus) {
      base = focus === null ? null : focus.kind === 'paths' ? pathFocusPositions(focus) : shownSubgraphPositions(cy);
      fitted = positions = null;
    },
    fit(insets, sizes) {
      if (!base) return Promise.resolve(null);
      const area = freeArea(insets);
      const layout = readablePositions(cy, base, sizes, area);
      fitted = { ...area, x: 0, y: 0, zoom: layout.zoom };
      positions = layout.positions;
      const target = layout.positions;
      return moveNodes(cy, target).then(() => target);
    },
    needsRefit(insets) {
      if (!base || !fitted) return false;
      const area = freeArea(insets);
      return Math.abs(area.width - fitted.width) > REFIT_CHANGE * fitted.width || Math.abs(area.height - fitted.height) > REFIT_CHANGE * fitted.height;
    },
    frame(insets) {
      if (!fitted) return false;
      // The fitted area shown in the free part of the canvas: at the zoom it was made for
      // when the canvas has not changed since.
      const area = freeArea(insets);
      const scale = Math.min(2, area.width / fitted.width, area.height / fitted.height);
      const pan = { x: area.x + (area.width - scale * fitted.width) / 2, y: area.y + (area.height - scale * fitted.height) / 2 };
      showViewport(cy, { zoom: fitted.zoom * scale, pan });
      return true;
    },
  };
}
