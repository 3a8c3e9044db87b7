// The layouts the canvas can run: the shipped preset positions, fcose (force-directed)
// and the layered signalling-diagram layout from core. fcose is not part of the first
// load (the first view uses the shipped positions): it is imported when a layout needs it.

import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import { hallmarkRing } from '../core/layout/hallmarkRing';
import type { ExonetGraph } from '../core/model/types';
import type { LayoutName } from '../core/view/canvasState';
import { FCOSE_OPTIONS } from './layoutOptions';

let registered: Promise<void> | null = null;
let loaded = false;

/** Whether fcose has loaded and can run now. */
export const fcoseLoaded = (): boolean => loaded;

/** Loads and registers fcose, once; resolves when it can run. */
export function registerExtensions(): Promise<void> {
  registered ??= import('cytoscape-fcose').then(
    ({ default: fcose }) => {
      cytoscape.use(fcose);
      loaded = true;
    },
    (error: unknown) => {
      registered = null; // a failed load (network) can be tried again
      throw error;
    },
  );
  return registered;
}

export type { LayoutName };

export { FCOSE_OPTIONS };

/** Runs a layout on the visible elements; resolves when it has stopped. */
export async function runLayout(cy: Core, name: LayoutName, graph: ExonetGraph, animate: boolean): Promise<void> {
  if (name === 'fcose') await registerExtensions();
  const visible = cy.elements().not('.hidden');
  const options: LayoutOptions =
    name === 'fcose'
      ? ({
          ...FCOSE_OPTIONS,
          animate,
          animationDuration: 600,
          fixedNodeConstraint: hallmarkRing(graph).filter((f) => cy.getElementById(f.nodeId).visible()),
        } as unknown as LayoutOptions)
      : ({
          name: 'preset',
          // The layered layout's code loads with its first use.
          positions: (await import('../core/layout/layeredLayout')).layeredLayout({ ...graph, nodes: graph.nodes.filter((n) => cy.getElementById(n.id).visible()) }),
          fit: true,
          padding: 40,
          animate,
          animationDuration: 600,
        } as LayoutOptions);
  return new Promise((resolve) => {
    const layout = visible.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
