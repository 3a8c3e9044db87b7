// How each node type and edge sign looks on the canvas: the one table in
// core/export/visualVocabulary.ts, which the Cytoscape.js export writes into element data too.

import { NODE_TYPE_VISUALS, SIGN_VISUALS, type NodeTypeVisual } from '../core/export/visualVocabulary';

export type NodeVisual = NodeTypeVisual;
export const NODE_VISUALS = NODE_TYPE_VISUALS;

export const EDGE_COLORS = {
  activation: SIGN_VISUALS.activation.color,
  inhibition: SIGN_VISUALS.inhibition.color,
  neutral: SIGN_VISUALS.neutral.color,
} as const;
