// How each node type looks on the canvas: a colour from a colour-blind-safe palette
// (Okabe–Ito, extended with Paul Tol's muted colours) and a shape of its own, so that
// types stay apart for viewers who cannot tell the colours apart.

import type { NodeType } from '../core/model/types';

export interface NodeVisual {
  color: string;
  shape: string;
  /** Base diameter in model units. */
  size: number;
  /** Text colour that reads on the fill. */
  text: string;
}

export const NODE_VISUALS: Readonly<Record<NodeType, NodeVisual>> = {
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

export const EDGE_COLORS = {
  activation: '#1F6F43',
  inhibition: '#B2182B',
  neutral: '#8A8A8A',
} as const;
