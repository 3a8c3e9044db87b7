// Node shapes that cytoscape-svg cannot draw. Its canvas-to-SVG context has no state for the
// arcs of rounded polygons ("round-octagon", "round-triangle", ...): drawing one prints
// "Attempted to apply path command to node text" and leaves a pink triangle. For an SVG
// export these shapes are drawn as their sharp polygon instead, through a style bypass on
// the affected nodes only, removed again after the export.

import type { Core, NodeCollection } from 'cytoscape';

/** Rounded polygons that canvas2svg fails on, and the polygon drawn in their place. */
export const SVG_SAFE_SHAPES: Readonly<Record<string, string>> = {
  'round-triangle': 'triangle',
  'round-diamond': 'diamond',
  'round-pentagon': 'pentagon',
  'round-hexagon': 'hexagon',
  'round-heptagon': 'heptagon',
  'round-octagon': 'octagon',
  'round-tag': 'tag',
};

/** Gives every node with an unsupported shape a drawable one; returns the undo. */
export function applySvgSafeShapes(cy: Core): () => void {
  let changed: NodeCollection = cy.collection() as NodeCollection;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const safe = SVG_SAFE_SHAPES[node.style('shape') as string];
      if (!safe) return;
      node.style('shape', safe);
      changed = changed.union(node) as NodeCollection;
    });
  });
  return () => cy.batch(() => changed.removeStyle('shape'));
}
