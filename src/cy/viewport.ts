// Moving the viewport: fitting elements or precomputed positions, centring on a node,
// showing a saved viewport. Animated, except under prefers-reduced-motion.

import type { CollectionReturnValue, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ExonetGraph } from '../core/model/types';
import type { Insets, Viewport } from '../core/view/canvasState';

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
export function fitToPositions(cy: Core, graph: ExonetGraph, padding: number, insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 }): void {
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
  // The free part of the canvas: overlays (the legend) cover the rest.
  const free = { width: cy.width() - insets.left - insets.right, height: cy.height() - insets.top - insets.bottom };
  const zoom = Math.min(4, Math.max(0.02, Math.min((free.width - 2 * padding) / w, (free.height - 2 * padding) / h)));
  const centre = { x: insets.left + free.width / 2, y: insets.top + free.height / 2 };
  cy.viewport({ zoom, pan: { x: centre.x - zoom * ((minX + maxX) / 2), y: centre.y - zoom * ((minY + maxY) / 2) } });
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface FrameOptions {
  /** Screen pixels covered by overlays, kept free. */
  insets: Insets;
  /** Screen pixels around the box: room for labels, which are sized in screen pixels. */
  padding: { x: number; top: number; bottom: number };
  maxZoom: number;
}

/** The viewport that shows a model-space box as large as fits in the free part of the canvas. */
export function viewportForBox(cy: Core, box: Box, options: FrameOptions): Viewport | null {
  const { insets, padding } = options;
  const w = cy.width() - insets.left - insets.right - 2 * padding.x;
  const h = cy.height() - insets.top - insets.bottom - padding.top - padding.bottom;
  if (w <= 0 || h <= 0 || !Number.isFinite(box.x1)) return null;
  const bw = Math.max(1, box.x2 - box.x1);
  const bh = Math.max(1, box.y2 - box.y1);
  const zoom = Math.max(cy.minZoom(), Math.min(options.maxZoom, cy.maxZoom(), w / bw, h / bh));
  const cx = insets.left + padding.x + w / 2;
  const cy0 = insets.top + padding.top + h / 2;
  return { zoom, pan: { x: cx - zoom * (box.x1 + box.x2) / 2, y: cy0 - zoom * (box.y1 + box.y2) / 2 } };
}

/** The box of nodes' bodies at the given (or current) positions. */
export function boxOf(cy: Core, ids: Iterable<string>, positions?: Record<string, { x: number; y: number }>): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) continue;
    const p = positions?.[id] ?? node.position();
    const r = Number(node.data('size') ?? 30) / 2;
    box.x1 = Math.min(box.x1, p.x - r);
    box.y1 = Math.min(box.y1, p.y - r);
    box.x2 = Math.max(box.x2, p.x + r);
    box.y2 = Math.max(box.y2, p.y + r);
  }
  return box;
}

/** Frames a box (animated unless reduced motion is asked for). */
export function frameBox(cy: Core, box: Box, options: FrameOptions): void {
  const viewport = viewportForBox(cy, box, options);
  if (viewport) animateTo(cy, viewport);
}

/** Fits the given elements (default: everything shown). */
export function fitTo(cy: Core, ids?: readonly string[], options?: FrameOptions): void {
  let eles = cy.collection();
  if (ids?.length) for (const id of ids) eles = eles.union(cy.getElementById(id));
  else eles = cy.elements().not('.hidden');
  if (eles.empty()) return;
  if (options) frameBox(cy, boxOf(cy, eles.nodes().map((n) => n.id())), options);
  else animateTo(cy, { fit: { eles, padding: 60 } });
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
  // An edge has no position of its own: centre on the middle of its line.
  const p = el.isEdge() ? (el as EdgeSingular).midpoint() : (el as NodeSingular).position();
  animateTo(cy, { zoom, pan: { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y } });
}

export function showViewport(cy: Core, viewport: Viewport): void {
  animateTo(cy, { zoom: viewport.zoom, pan: { ...viewport.pan } });
}

export function viewportOf(cy: Core): Viewport {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}
