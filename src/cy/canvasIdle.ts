// Small helpers of the graph-view controller for lectures: the nodes a story step frames,
// and waiting until the canvas has stopped moving (before a slide picture is drawn).

import type { Core } from 'cytoscape';

/** How often the canvas is looked at, and how many quiet looks in a row make it idle. */
const IDLE_POLL_MS = 40;
const IDLE_QUIET_LOOKS = 3;

/** Resolves once `busy` has said no several looks in a row, `done` says yes, or the time is up. */
export function pollUntilIdle(busy: () => boolean, done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise<void>((resolve) => {
    let quiet = 0;
    const look = () => {
      quiet = busy() ? 0 : quiet + 1;
      if (done() || quiet >= IDLE_QUIET_LOOKS || Date.now() > deadline) resolve();
      else setTimeout(look, IDLE_POLL_MS);
    };
    setTimeout(look, IDLE_POLL_MS);
  });
}

/** Whether the viewport or any node is being animated. */
export const animating = (cy: Core): boolean => cy.animated() || cy.nodes(':animated').nonempty();

/** The shown nodes of a story step's frame: its nodes, the ends of its edges, the neighbours of `around`. */
export function framedIds(cy: Core, ids: readonly string[], around: string | null): string[] {
  let nodes = cy.collection();
  for (const id of ids) {
    const el = cy.getElementById(id);
    nodes = nodes.union(el.isEdge() ? el.connectedNodes() : el);
  }
  const centre = around ? cy.getElementById(around) : cy.collection();
  if (centre.nonempty() && centre.isNode()) nodes = nodes.union(centre.closedNeighborhood().nodes());
  return nodes.nodes().not('.hidden').map((n) => n.id());
}
