// Where the viewport goes. Unasked, the controller frames the presented step, a crowded
// step's own nodes, the focused view, the path or all that is shown; a caller may ask for a
// fit, a centred node, a node with its neighbours, the nodes a story step names, or a saved
// viewport. Frames leave the room of the overlays (insets) and of the labels.

import type { Core } from 'cytoscape';
import type { Positions } from '../core/layout/chainLayout';
import type { CanvasRequest, CanvasState } from '../core/view/canvasState';
import { framedIds } from './canvasIdle';
import type { FocusFit } from './focusFit';
import { LABEL_ALL_MAX_NODES, labelSizesFor } from './labels';
import { boxOf, centreOn, fitTo, frameBox, showViewport, type FrameOptions } from './viewport';

export interface Framing {
  /** What the viewport shows when nothing was asked for; `positions` are where moving nodes will be. */
  frameDefault(state: CanvasState, positions: Positions | null): void;
  /** What a caller asked for. */
  frameRequest(state: CanvasState, request: CanvasRequest): void;
}

const shownCount = (cy: Core) => cy.nodes().not('.hidden').length;

export function createFraming(cy: Core, focusFit: FocusFit): Framing {
  const frameOptions = (state: CanvasState, maxZoom: number): FrameOptions => {
    const sizes = labelSizesFor(state);
    return { insets: state.insets, padding: { x: sizes.maxWidth / 2 + 16, top: 24, bottom: sizes.node * 2.6 + 16 }, maxZoom };
  };

  function frameDefault(state: CanvasState, positions: Positions | null): void {
    const { path, revealedSteps } = state.highlight;
    if (path && revealedSteps !== undefined && revealedSteps >= 0 && revealedSteps < path.nodes.length - 1) {
      const pair = [path.nodes[revealedSteps], path.nodes[revealedSteps + 1]];
      frameBox(cy, boxOf(cy, pair, positions ?? undefined), frameOptions(state, 2));
    } else if (state.featured && shownCount(cy) > LABEL_ALL_MAX_NODES) {
      // A crowded step frames what it is about; the rest shows around it.
      const ids = state.featured.filter((id) => cy.getElementById(id).nonempty() && !cy.getElementById(id).hasClass('hidden'));
      frameBox(cy, boxOf(cy, ids, positions ?? focusFit.positions ?? undefined), frameOptions(state, 1.5));
    } else if (state.focus && focusFit.frame(state.insets)) {
      // Framed as fitted.
    } else if (state.focus || path) {
      const ids = path && !state.focus ? path.nodes : cy.nodes().not('.hidden').map((n) => n.id());
      frameBox(cy, boxOf(cy, ids, positions ?? undefined), frameOptions(state, 2));
    } else {
      fitTo(cy, undefined, frameOptions(state, 2));
    }
  }

  function frameRequest(state: CanvasState, request: CanvasRequest): void {
    if (request.kind === 'fit') frameDefault(state, null);
    else if (request.kind === 'centre') centreOn(cy, request.id);
    else if (request.kind === 'frame-node') {
      const node = cy.getElementById(request.id);
      if (node.empty() || node.hasClass('hidden')) return;
      const hood = node.closedNeighborhood().nodes().not('.hidden').map((n) => n.id());
      frameBox(cy, boxOf(cy, hood), frameOptions(state, 1.6));
    } else if (request.kind === 'frame-ids') {
      // A step with a selected node, or a crowded one, frames what it names; else as usual.
      const ids = framedIds(cy, request.ids, request.around);
      if (ids.length && (request.around || shownCount(cy) > LABEL_ALL_MAX_NODES)) frameBox(cy, boxOf(cy, ids, focusFit.positions ?? undefined), frameOptions(state, 1.6));
      else frameDefault(state, null);
    } else showViewport(cy, request.viewport);
  }

  return { frameDefault, frameRequest };
}
