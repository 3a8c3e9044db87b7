// Moving nodes between the whole map and a focused view: the chain of a path query, or a
// force layout of a small filtered set (hallmarks free, not pinned to their ring). Async,
// so a layout that runs elsewhere (a worker) can take its place.

import type { Core, LayoutOptions } from 'cytoscape';
import { chainLayout, type Positions } from '../core/layout/chainLayout';
import type { CanvasFocus } from '../core/view/canvasState';
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

/** Lays out the shown elements on their own with fcose, the same way for the same elements. */
export async function layoutShownSubgraph(cy: Core): Promise<Positions> {
  await registerExtensions();
  const shown = cy.elements().not('.hidden');
  const animate = !prefersReducedMotion() && !!cy.container();
  return new Promise((resolve) => {
    const layout = shown.layout({
      ...FCOSE_OPTIONS,
      randomize: true,
      quality: 'default',
      fit: false,
      animate: animate ? 'end' : false,
      animationDuration: MOVE_MS,
      idealEdgeLength: 120,
      nodeSeparation: 110,
    } as unknown as LayoutOptions);
    layout.one('layoutstop', () => {
      const positions: Positions = {};
      shown.nodes().forEach((n) => {
        positions[n.id()] = { ...n.position() };
      });
      resolve(positions);
    });
    // fcose draws its random start while running synchronously: seeded, a story step's
    // saved viewport still fits the layout when the step is shown again.
    const random = Math.random;
    Math.random = seededRandom(shown.nodes().length * 7919 + shown.edges().length);
    try {
      layout.run();
    } finally {
      Math.random = random;
    }
  });
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
