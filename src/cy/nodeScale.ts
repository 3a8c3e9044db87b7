// Node sizes by a score from 0 to 1 (key mediators), or back to the usual sizes.

import type { Core, NodeSingular } from 'cytoscape';

/** A node without a size in its data (none the canvas makes): Cytoscape's default. */
const DEFAULT_DIAMETER = 30;

/** Node diameters when sized by mediator score: the area grows with the score. */
const MEDIATOR_SIZE = { min: 14, max: 150 } as const;

export function applyNodeScale(cy: Core, scale: Readonly<Record<string, number>> | null): void {
  cy.batch(() => {
    if (!scale) {
      cy.nodes('.mediator-sized').removeClass('mediator-sized');
      return;
    }
    cy.nodes().forEach((n) => {
      n.data('mediatorSize', Math.round(MEDIATOR_SIZE.min + (MEDIATOR_SIZE.max - MEDIATOR_SIZE.min) * Math.sqrt(scale[n.id()] ?? 0)));
      n.addClass('mediator-sized');
    });
  });
}

/**
 * A node's diameter in model units, read from its data as the stylesheet sizes it: cheaper
 * than width(), which makes Cytoscape compute the node's whole style first.
 */
export function nodeDiameter(node: NodeSingular): number {
  return Number(node.data(node.hasClass('mediator-sized') ? 'mediatorSize' : 'size')) || DEFAULT_DIAMETER;
}
