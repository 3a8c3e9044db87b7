// The visual vocabulary of the graph as plain data: a colour and a shape per node type and
// a colour, line style and arrow per edge sign. The Cytoscape.js export writes these values
// into each element's data (so a Cytoscape desktop style can map them), and the canvas
// stylesheet can import the same table. The colours come from a colour-blind-safe palette
// (Okabe–Ito, extended with Paul Tol's muted colours); every type also has its own shape and
// every sign its own arrow and line style, so nothing depends on telling colours apart.

import type { NodeType, Sign } from '../model/types';

/** Node shapes by their Cytoscape.js names. */
export type NodeShape =
  | 'ellipse'
  | 'diamond'
  | 'round-rectangle'
  | 'hexagon'
  | 'barrel'
  | 'star'
  | 'triangle'
  | 'round-octagon'
  | 'vee'
  | 'tag'
  | 'rhomboid';

export interface NodeTypeVisual {
  /** Fill colour, #rrggbb. */
  color: string;
  shape: NodeShape;
  /** Base diameter in model units. */
  size: number;
  /** Text colour that reads on the fill. */
  text: string;
}

export const NODE_TYPE_VISUALS: Readonly<Record<NodeType, NodeTypeVisual>> = {
  protein: { color: '#0072B2', shape: 'ellipse', size: 30, text: '#ffffff' },
  molecule: { color: '#56B4E9', shape: 'diamond', size: 28, text: '#000000' },
  cell: { color: '#009E73', shape: 'round-rectangle', size: 36, text: '#ffffff' },
  pathway: { color: '#E69F00', shape: 'hexagon', size: 36, text: '#000000' },
  process: { color: '#A6A6A6', shape: 'barrel', size: 30, text: '#000000' },
  hallmark: { color: '#D55E00', shape: 'star', size: 60, text: '#ffffff' },
  condition: { color: '#F0E442', shape: 'triangle', size: 34, text: '#000000' },
  structure: { color: '#CC79A7', shape: 'round-octagon', size: 30, text: '#000000' },
  disease: { color: '#882255', shape: 'vee', size: 32, text: '#ffffff' },
  therapy: { color: '#44AA99', shape: 'tag', size: 30, text: '#000000' },
  trial: { color: '#332288', shape: 'rhomboid', size: 30, text: '#ffffff' },
};

/** What an edge's sign means, as the legend names it. */
export type SignKind = 'activation' | 'inhibition' | 'neutral';

export interface SignVisual {
  /** Line and arrow colour, #rrggbb. */
  color: string;
  lineStyle: 'solid' | 'dashed';
  /** Target arrow by its Cytoscape.js name: → activation, ⊣ inhibition, none for non-causal links. */
  arrow: 'triangle' | 'tee' | 'none';
}

export const SIGN_VISUALS: Readonly<Record<SignKind, SignVisual>> = {
  activation: { color: '#1F6F43', lineStyle: 'solid', arrow: 'triangle' },
  inhibition: { color: '#AA3377', lineStyle: 'solid', arrow: 'tee' },
  neutral: { color: '#8A8A8A', lineStyle: 'dashed', arrow: 'none' },
};

export function signKindOf(sign: Sign): SignKind {
  return sign === 1 ? 'activation' : sign === -1 ? 'inhibition' : 'neutral';
}
