// The layouts the canvas can run: the shipped preset positions, fcose (force-directed)
// and the layered signalling-diagram layout from core.

import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { hallmarkRing } from '../core/layout/hallmarkRing';
import { layeredLayout } from '../core/layout/layeredLayout';
import type { ExonetGraph } from '../core/model/types';
import type { LayoutName } from '../core/view/canvasState';

let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export type { LayoutName };

export const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  nodeRepulsion: 60000,
  idealEdgeLength: 150,
  edgeElasticity: 0.2,
  nestingFactor: 0.1,
  gravity: 0.12,
  gravityRange: 3.8,
  numIter: 5000,
  nodeSeparation: 140,
  packComponents: true,
  fit: true,
  padding: 40,
} as unknown as LayoutOptions;

/** Runs a layout on the visible elements; resolves when it has stopped. */
export function runLayout(cy: Core, name: LayoutName, graph: ExonetGraph, animate: boolean): Promise<void> {
  registerExtensions();
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
          positions: layeredLayout({ ...graph, nodes: graph.nodes.filter((n) => cy.getElementById(n.id).visible()) }),
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
