// Showing and hiding elements by toggling the `hidden` class, only on the elements whose
// visibility changes, and counting what the canvas shows.

import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { VisibleSet } from '../core/filter/criteria';

export function applyVisibility(cy: Core, visible: VisibleSet): void {
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const id = el.id();
      const show = el.group() === 'nodes' ? visible.nodes.has(id) : visible.edges.has(id);
      if (show === el.hasClass('hidden')) el.toggleClass('hidden', !show);
    });
  });
}

/** Whether Cytoscape draws the element. Reading its style first brings a style that is
 * still pending from a class change up to date (visible() alone may answer from a cache). */
const isShown = (el: NodeSingular | EdgeSingular) => el.style('display') !== 'none' && el.visible();

/** The elements Cytoscape draws: not hidden by style (display: none, or a hidden end). */
export function shownCounts(cy: Core): { nodes: number; edges: number } {
  return { nodes: cy.nodes().filter(isShown).length, edges: cy.edges().filter(isShown).length };
}
