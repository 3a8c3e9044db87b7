// fcose's settings, shared by the canvas's re-layout, the focused views and the layout
// worker. No import of fcose itself: it loads on demand.

import type { LayoutOptions } from 'cytoscape';

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
