// The visual vocabulary of the graph as plain data: a colour and a shape per node type and
// a colour, line style and arrow per edge sign. The Cytoscape.js export writes these values
// into each element's data (so a Cytoscape desktop style can map them), and the canvas
// stylesheet can import the same table. The colours derive from colour-blind-safe palettes
// (Okabe–Ito, Paul Tol), one per theme so that each keeps 3:1 against its background; every
// type also has its own shape and every sign its own arrow and line style, so nothing
// depends on telling colours apart.

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

/** Fill colours per theme: each at least 3:1 against its theme's background (WCAG 1.4.11).
 * The light palette darkens the Okabe–Ito and Tol colours; the dark palette lightens them. */
export type PaletteTheme = 'light' | 'dark' | 'projector';

export const THEME_BACKGROUNDS: Readonly<Record<PaletteTheme, string>> = { light: '#ffffff', dark: '#16181d', projector: '#ffffff' };

const LIGHT_NODE_COLOURS: Readonly<Record<NodeType, string>> = {
  protein: '#0072B2', molecule: '#00838F', cell: '#007A5A', pathway: '#B35900', process: '#6E6E6E', hallmark: '#C0392B',
  condition: '#8A6D00', structure: '#9C4DA0', disease: '#882255', therapy: '#2E7D32', trial: '#332288',
};

const DARK_NODE_COLOURS: Readonly<Record<NodeType, string>> = {
  protein: '#4DA3E0', molecule: '#7CC8F0', cell: '#2FBF8F', pathway: '#E69F00', process: '#A6A6A6', hallmark: '#F07A30',
  condition: '#F0E442', structure: '#CC79A7', disease: '#E05C7A', therapy: '#44AA99', trial: '#8F7FE0',
};

export const THEME_NODE_COLOURS: Readonly<Record<PaletteTheme, Readonly<Record<NodeType, string>>>> = {
  light: LIGHT_NODE_COLOURS,
  dark: DARK_NODE_COLOURS,
  projector: LIGHT_NODE_COLOURS,
};

const NODE_LOOKS: Readonly<Record<NodeType, Omit<NodeTypeVisual, 'color'>>> = {
  protein: { shape: 'ellipse', size: 30, text: '#ffffff' },
  molecule: { shape: 'diamond', size: 28, text: '#ffffff' },
  cell: { shape: 'round-rectangle', size: 36, text: '#ffffff' },
  pathway: { shape: 'hexagon', size: 36, text: '#ffffff' },
  process: { shape: 'barrel', size: 30, text: '#ffffff' },
  hallmark: { shape: 'star', size: 60, text: '#ffffff' },
  condition: { shape: 'triangle', size: 34, text: '#ffffff' },
  structure: { shape: 'round-octagon', size: 30, text: '#ffffff' },
  disease: { shape: 'vee', size: 32, text: '#ffffff' },
  therapy: { shape: 'tag', size: 30, text: '#ffffff' },
  trial: { shape: 'rhomboid', size: 30, text: '#ffffff' },
};

/** The look of each type on a white background, as exports (Cytoscape.js JSON, pictures) use it. */
export const NODE_TYPE_VISUALS: Readonly<Record<NodeType, NodeTypeVisual>> = Object.fromEntries(
  (Object.keys(NODE_LOOKS) as NodeType[]).map((t) => [t, { color: LIGHT_NODE_COLOURS[t], ...NODE_LOOKS[t] }]),
) as Record<NodeType, NodeTypeVisual>;

/** What an edge's sign means, as the legend names it. */
export type SignKind = 'activation' | 'inhibition' | 'neutral';

export interface SignVisual {
  /** Line and arrow colour, #rrggbb. */
  color: string;
  lineStyle: 'solid' | 'dashed';
  /** Target arrow by its Cytoscape.js name: → activation, ⊣ inhibition, none for non-causal links. */
  arrow: 'triangle' | 'tee' | 'none';
}

/** Edge colours per theme: activation blue and inhibition orange stay far apart for
 * deuteranopes and protanopes too, and each is at least 3:1 against the background. */
export const THEME_EDGE_COLOURS: Readonly<Record<PaletteTheme, Readonly<Record<SignKind, string>>>> = {
  light: { activation: '#1565C0', inhibition: '#C2410C', neutral: '#767676' },
  dark: { activation: '#64B5F6', inhibition: '#FF8A50', neutral: '#8A8A8A' },
  projector: { activation: '#1565C0', inhibition: '#C2410C', neutral: '#767676' },
};

export const SIGN_VISUALS: Readonly<Record<SignKind, SignVisual>> = {
  activation: { color: THEME_EDGE_COLOURS.light.activation, lineStyle: 'solid', arrow: 'triangle' },
  inhibition: { color: THEME_EDGE_COLOURS.light.inhibition, lineStyle: 'solid', arrow: 'tee' },
  neutral: { color: THEME_EDGE_COLOURS.light.neutral, lineStyle: 'dashed', arrow: 'none' },
};

export function signKindOf(sign: Sign): SignKind {
  return sign === 1 ? 'activation' : sign === -1 ? 'inhibition' : 'neutral';
}
