// Labels on a large graph: with more than LARGE_GRAPH_NODES shown on the whole map, no
// label is drawn until the view is zoomed in to LARGE_GRAPH_LABEL_ZOOM, where they can be
// read; the label pass (labels.ts), which looks at every shown node, is skipped until then,
// so moving and filtering a graph of thousands of nodes stays quick.

import type { Core } from 'cytoscape';
import type { CanvasState } from '../core/view/canvasState';

export const LARGE_GRAPH_NODES = 1500;
export const LARGE_GRAPH_LABEL_ZOOM = 0.6;

/** True (after taking every label off) when the state shows a large graph zoomed out. */
export function largeGraphLabelsOff(cy: Core, state: CanvasState): boolean {
  if (state.focus || state.presenting || state.visible.nodes.size <= LARGE_GRAPH_NODES || cy.zoom() >= LARGE_GRAPH_LABEL_ZOOM) return false;
  const labelled = cy.elements('.label-on');
  if (labelled.nonempty()) cy.batch(() => labelled.removeClass('label-on'));
  return true;
}
