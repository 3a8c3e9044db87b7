// Moving nodes between the whole map and a focused view: the chain of a path query, or a
// force layout of a small filtered set (hallmarks free, not pinned to their ring), either
// fitted to the free part of the canvas with room for every label.

import type { Core, LayoutOptions } from 'cytoscape';
import { chainLayout, type Positions } from '../core/layout/chainLayout';
import { measureLabel } from './labelMeasure';
import { spreadForLabels, type NodeExtent } from '../core/layout/spreadForLabels';
import type { CanvasFocus } from '../core/view/canvasState';
import { labelMode, type LabelSizes } from './labels';
import { nodeDiameter } from './nodeScale';
import { FCOSE_OPTIONS, registerExtensions } from './layouts';
import { prefersReducedMotion } from './viewport';

const MOVE_MS = 450;

/** Moves the given nodes to their positions, animated unless reduced motion is asked for. */
export function moveNodes(cy: Core, positions: Positions): Promise<void> {
  const nodes = cy.nodes().filter((n) => Object.hasOwn(positions, n.id()));
  if (nodes.empty()) return Promise.resolve();
  const animate = !prefersReducedMotion() && !!cy.container();
  return new Promise((resolve) => {
    const layout = nodes.layout({ name: 'preset', positions: (n: { id(): string }) => positions[n.id()], fit: false, animate, animationDuration: MOVE_MS } as unknown as LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/** The positions of a path focus: the chain of its paths. */
export function pathFocusPositions(focus: Extract<CanvasFocus, { kind: 'paths' }>): Positions {
  return chainLayout(focus.paths, focus.active);
}

/** A small seeded random source, so the same view gets the same layout every time. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Where fcose puts the shown elements when laid out on their own, the same way for the
 * same elements. The nodes are put back where they were in the same task, so nothing is
 * drawn in between: the caller moves them there, fitted to the screen, with animation.
 */
export function shownSubgraphPositions(cy: Core): Positions {
  registerExtensions();
  const shown = cy.elements().not('.hidden');
  const before = positionsOf(cy);
  const positions: Positions = {};
  // fcose draws its random start while running synchronously: seeded, a story step's
  // saved viewport still fits the layout when the step is shown again.
  const random = Math.random;
  Math.random = seededRandom(shown.nodes().length * 7919 + shown.edges().length);
  try {
    cy.batch(() => {
      shown.layout({ ...FCOSE_OPTIONS, randomize: true, quality: 'default', fit: false, animate: false, idealEdgeLength: 120, nodeSeparation: 110 } as unknown as LayoutOptions).run();
      shown.nodes().forEach((n) => {
        positions[n.id()] = { ...n.position() };
        n.position(before[n.id()]);
      });
    });
  } finally {
    Math.random = random;
  }
  return positions;
}

/** A node's body diameter in model units, as the stylesheet draws it. */
const bodyOf = (cy: Core, id: string): number => nodeDiameter(cy.getElementById(id));

/** Share of a focused view's area that node bodies may cover; more and they shrink. */
const BODY_COVER = 0.08;
/** Smallest zoom of a focused view, so that bodies stay large enough to see and click. */
const MIN_FOCUS_ZOOM = 0.35;

/**
 * The zoom of a focused view: 1 (bodies as large as the model makes them) while they cover
 * little of the area, less for a crowded view so that bodies leave room for labels.
 */
export function focusZoom(cy: Core, ids: readonly string[], area: ScreenArea): number {
  const cover = ids.reduce((sum, id) => sum + bodyOf(cy, id) ** 2, 0);
  if (cover <= 0) return 1;
  return Math.min(1, Math.max(MIN_FOCUS_ZOOM, Math.sqrt((BODY_COVER * area.width * area.height) / cover)));
}

/** The room each of the given nodes takes on screen at the given zoom, with its label at the given sizes. */
export function extentsOf(cy: Core, ids: Iterable<string>, sizes: LabelSizes, labelled: 'all' | 'some' | ReadonlySet<string>, zoom: number): Map<string, NodeExtent> {
  const extents = new Map<string, NodeExtent>();
  for (const id of ids) {
    if (cy.getElementById(id).empty()) continue;
    const body = bodyOf(cy, id) * zoom;
    const label = String(cy.getElementById(id).data('label') ?? '');
    const hallmark = cy.getElementById(id).hasClass('type-hallmark');
    // Every label in full, or those of the given nodes; the others get a short line each.
    const full = labelled === 'all' || (typeof labelled !== 'string' && labelled.has(id));
    const text = full ? measureLabel(label, sizes.node, sizes.maxWidth, hallmark) : { width: Math.min(measureLabel(label, sizes.context, 1e6, hallmark).width, 110), height: sizes.context * 1.25 };
    extents.set(id, { halfWidth: Math.max(body, text.width) / 2 + 2, above: body / 2, below: body / 2 + 3 + text.height });
  }
  return extents;
}

/** A part of the canvas, in screen pixels. */
export interface ScreenArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ReadableLayout {
  /** Model positions; at `zoom`, the area's top left at (0, 0) and its size `area`. */
  positions: Positions;
  zoom: number;
}

/**
 * The positions of a focused view for the screen: the layout's positions fitted to the free
 * area with room for every label, to be shown at the returned zoom.
 */
export function readablePositions(cy: Core, base: Positions, sizes: LabelSizes, area: ScreenArea, featured: ReadonlySet<string> | null = null): ReadableLayout {
  const ids = Object.keys(base);
  const zoom = focusZoom(cy, ids, area);
  const extents = extentsOf(cy, ids, sizes, labelMode(ids.length, featured), zoom);
  const onScreen = spreadForLabels(base, extents, area);
  const positions: Positions = {};
  for (const id of ids) positions[id] = { x: onScreen[id].x / zoom, y: onScreen[id].y / zoom };
  return { positions, zoom };
}

/** Every node's current position, to return to the whole map later. */
export function positionsOf(cy: Core): Positions {
  const positions: Positions = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
  });
  return positions;
}

/** The elements of the focused paths other than the highlighted one: shown, a little lighter. */
export function markOtherPaths(cy: Core, focus: Extract<CanvasFocus, { kind: 'paths' }>): void {
  cy.batch(() => {
    cy.elements('.other-path').removeClass('other-path');
    const ids = new Set([...focus.paths.flat(), ...focus.edges]);
    cy.elements('.faded').forEach((el) => {
      if (ids.has(el.id())) el.removeClass('faded').addClass('other-path');
    });
  });
}

/** Marks what a presented step is not about (nodes, and edges touching none of its nodes) as lighter context. */
export function markStepContext(cy: Core, featured: readonly string[] | null): void {
  cy.batch(() => {
    cy.elements('.step-context').removeClass('step-context');
    if (!featured) return;
    const ids = new Set(featured);
    cy.nodes().forEach((n) => {
      if (!ids.has(n.id())) n.addClass('step-context');
    });
    cy.edges().forEach((e) => {
      if (!ids.has(e.source().id()) && !ids.has(e.target().id())) e.addClass('step-context');
    });
  });
}
