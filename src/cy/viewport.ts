// Moving the viewport: fitting elements or precomputed positions, centring on a node,
// showing a saved viewport. Animated, except under prefers-reduced-motion.

import type { CollectionReturnValue, Core } from 'cytoscape';
import type { ExonetGraph } from '../core/model/types';
import type { Viewport } from '../core/view/canvasState';

const DURATION = 350;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function animateTo(cy: Core, target: { zoom: number; pan: { x: number; y: number } } | { fit: { eles: CollectionReturnValue; padding: number } }): void {
  cy.stop(true, false);
  if (prefersReducedMotion() || !cy.container()) {
    if ('fit' in target) cy.fit(target.fit.eles, target.fit.padding);
    else cy.viewport(target);
    return;
  }
  cy.animate(target, { duration: DURATION });
}

/**
 * Fits the viewport to the precomputed positions without asking Cytoscape for bounding
 * boxes, which would measure every label before the first frame.
 */
export function fitToPositions(cy: Core, graph: ExonetGraph, padding: number): void {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of graph.nodes) {
    const p = graph.positions?.[n.id];
    if (!p) continue;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX) || cy.width() <= 0) return;
  const margin = 60; // room for node bodies and labels around the outermost centres
  const w = Math.max(1, maxX - minX + 2 * margin);
  const h = Math.max(1, maxY - minY + 2 * margin);
  const zoom = Math.min(4, Math.max(0.02, Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * ((minX + maxX) / 2), y: cy.height() / 2 - zoom * ((minY + maxY) / 2) } });
}

/** Fits the given elements (default: everything shown). */
export function fitTo(cy: Core, ids?: readonly string[]): void {
  let eles = cy.collection();
  if (ids?.length) for (const id of ids) eles = eles.union(cy.getElementById(id));
  else eles = cy.elements().not('.hidden');
  if (eles.nonempty()) animateTo(cy, { fit: { eles, padding: 60 } });
}

/** Centres on a node, zooming in to at least 1.1; a hidden node fits the view instead. */
export function centreOn(cy: Core, id: string): void {
  const el = cy.getElementById(id);
  if (el.empty()) return;
  if (!el.visible()) {
    fitTo(cy);
    return;
  }
  const zoom = Math.max(cy.zoom(), 1.1);
  const p = el.position();
  animateTo(cy, { zoom, pan: { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y } });
}

export function showViewport(cy: Core, viewport: Viewport): void {
  animateTo(cy, { zoom: viewport.zoom, pan: { ...viewport.pan } });
}

export function viewportOf(cy: Core): Viewport {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}
