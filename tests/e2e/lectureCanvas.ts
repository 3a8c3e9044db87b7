// What the canvas draws, read from the Cytoscape instance, for the lecture tests.

import type { Page } from 'playwright-core';

export interface Drawn {
  /** Ids of the nodes drawn (not display: none), sorted. */
  nodes: string[];
  /** Drawn nodes whose centre lies inside the canvas, as the viewport frames them. */
  inView: string[];
  /** Drawn nodes marked as selected. */
  selected: string[];
  /** How much of the canvas the drawn nodes (with their labels) span: the larger of width and height, 0 to 1. */
  fill: number;
}

export function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const cy = window.exonetCy();
    type Node = ReturnType<typeof cy.nodes>[number];
    const shown = cy.nodes().toArray().filter((n) => n.style('display') !== 'none' && n.visible());
    const inside = (n: Node) => {
      const p = n.renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    };
    return {
      nodes: shown.map((n) => n.id()).sort(),
      inView: shown.filter(inside).map((n) => n.id()).sort(),
      selected: shown.filter((n) => n.hasClass('selected')).map((n) => n.id()).sort(),
      fill: (() => {
        const bb = cy.nodes(':visible').renderedBoundingBox();
        return Math.max(bb.w / cy.width(), bb.h / cy.height());
      })(),
    };
  });
}
