// Which elements stand out and which fade: a path, or the neighbourhood of the focused
// node (hovered, else selected), or the selected edge. Applied as classes in one batch.

import type { Core } from 'cytoscape';
import type { CanvasHighlight } from '../core/view/canvasState';

export type HighlightState = CanvasHighlight;

const CLASSES = 'faded focus-neighbour selected on-path step-current other-path';
const CLASS_SELECTOR = '.faded, .focus-neighbour, .selected, .on-path, .step-current, .other-path';

export function applyHighlight(cy: Core, state: HighlightState): void {
  cy.batch(() => {
    // Only the elements that carry a highlight class are touched, so a change restyles few.
    cy.elements(CLASS_SELECTOR).removeClass(CLASSES);
    const sel = state.selection ? cy.getElementById(state.selection.id) : null;
    if (sel && sel.nonempty()) sel.addClass('selected');

    if (state.path && state.path.nodes.length) {
      const revealed = state.revealedSteps;
      const nodeIds = revealed === undefined ? state.path.nodes : state.path.nodes.slice(0, Math.max(1, revealed + 2));
      const stepEdges = revealed === undefined ? state.path.edges : state.path.edges.filter((id) => {
        const e = cy.getElementById(id);
        return nodeIds.includes(e.data('source')) && nodeIds.includes(e.data('target'));
      });
      const onPath = cy.collection();
      for (const id of [...nodeIds, ...stepEdges]) onPath.merge(cy.getElementById(id));
      cy.elements().not(onPath).addClass('faded');
      onPath.addClass('on-path');
      if (revealed !== undefined && revealed >= 0 && revealed < state.path.nodes.length - 1) {
        const a = nodeIds[revealed];
        const b = nodeIds[revealed + 1];
        cy.getElementById(b ?? a).addClass('step-current');
        onPath.edges().filter((e) => e.data('source') === a || e.data('target') === a).filter((e) => [a, b].includes(e.data('source')) && [a, b].includes(e.data('target'))).addClass('step-current');
      }
      return;
    }

    const focusId = state.hovered ?? (state.selection?.kind === 'node' ? state.selection.id : null);
    if (focusId) {
      const node = cy.getElementById(focusId);
      if (node.nonempty() && node.visible()) {
        const hood = node.closedNeighborhood().filter((el) => el.visible());
        cy.elements().not(hood).addClass('faded');
        hood.addClass('focus-neighbour');
        return;
      }
    }
    if (sel && sel.nonempty() && sel.isEdge()) {
      const keep = sel.union(sel.connectedNodes());
      cy.elements().not(keep).addClass('faded');
      keep.addClass('focus-neighbour');
    }
  });
}
