// The first frame drawn after a graph is put on the canvas: the moment the canvas is
// ready (the benchmark's bare page waits for the same event). A canvas with no size draws
// nothing, so after FIRST_FRAME_WAIT_MS it counts as drawn anyway.

import type { Core } from 'cytoscape';

export const FIRST_FRAME_WAIT_MS = 1500;
/** The performance mark set at that frame. */
export const FIRST_FRAME_MARK = 'exonet:first-frame';

/** Calls drawn() once, at the next frame Cytoscape draws or after the wait (via later). */
export function onFirstFrame(cy: Core, drawn: () => void, later: (ms: number, fn: () => void) => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    performance.mark(FIRST_FRAME_MARK);
    drawn();
  };
  cy.one('render', once);
  later(FIRST_FRAME_WAIT_MS, once);
}
