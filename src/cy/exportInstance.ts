// A private Cytoscape instance for drawing a picture, off screen, so that an export never
// moves, hides or restyles what the reader sees. It holds copies of the chosen elements
// (positions, data and the classes that say what they are), is framed with a margin on
// every side (no clipping at any edge, no empty band), and draws labels at one size when
// the picture is a slide-sized subgraph.

import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { STYLESHEETS, type CanvasTheme } from './stylesheet';

/** Classes that say what an element is; highlight and visibility classes are not copied. */
const KEPT_CLASS = /^(type-|exosomal$|activation$|inhibition$|neutral$)/;
/** Around the drawing, in picture pixels at 1×. */
export const PICTURE_MARGIN = 28;
/** Label sizes of a slide, in picture pixels at 1×: the same for every node. */
export const SLIDE_NODE_LABEL = 20;
export const SLIDE_EDGE_LABEL = 15;
/** Up to this many nodes, a picture labels every node at the slide size. */
export const UNIFORM_LABEL_NODES = 80;

export interface InstanceOptions {
  nodes: readonly string[];
  edges: readonly string[];
  theme: CanvasTheme;
  /** Node ids of a path: drawn left to right, staggered, with the edges labelled. */
  chain?: readonly string[];
  /** The largest drawing, in picture pixels at 1×; larger ones are drawn smaller. */
  maxSize?: { width: number; height: number };
  /** Draw every label however small (a vector picture can be zoomed into). */
  allLabels?: boolean;
}

export interface ExportInstance {
  cy: Core;
  width: number;
  height: number;
  dispose(): void;
}

const CHAIN_SPACING = 300;
const CHAIN_STAGGER = 80;

function copyElements(live: Core, options: InstanceOptions): ElementDefinition[] {
  const nodeIds = new Set(options.nodes);
  const chainIndex = new Map((options.chain ?? []).map((id, i) => [id, i]));
  const onPath = new Set(options.chain ? options.edges : []);
  const out: ElementDefinition[] = [];
  for (const id of options.nodes) {
    const node = live.getElementById(id);
    if (node.empty() || !node.isNode()) continue;
    const i = chainIndex.get(id);
    const position = i === undefined ? { ...node.position() } : { x: i * CHAIN_SPACING, y: i % 2 === 0 ? 0 : CHAIN_STAGGER };
    const classes = node.classes().filter((c: string) => KEPT_CLASS.test(c));
    // The canvas labels nodes by its label pass; a picture labels every node itself.
    classes.push('export-label');
    out.push({ group: 'nodes', data: { ...node.data() }, position, classes: classes.join(' ') });
  }
  for (const id of options.edges) {
    const edge = live.getElementById(id);
    if (edge.empty() || !edge.isEdge() || !nodeIds.has(edge.data('source')) || !nodeIds.has(edge.data('target'))) continue;
    const classes = edge.classes().filter((c: string) => KEPT_CLASS.test(c));
    if (onPath.has(id)) classes.push('on-path');
    classes.push('export-label');
    out.push({ group: 'edges', data: { ...edge.data() }, classes: classes.join(' ') });
  }
  return out;
}

/** The theme's stylesheet; with allLabels, every label is drawn whatever its size on the picture. */
function pictureStyle(theme: CanvasTheme, allLabels: boolean): StylesheetJson {
  const extra = allLabels ? [{ selector: 'node', style: { 'min-zoomed-font-size': 0 } }] : [];
  return [...(STYLESHEETS[theme] as object[]), ...extra] as StylesheetJson;
}

/** Labels of one size on the picture: `px` picture pixels at zoom `zoom`. */
function setUniformLabels(cy: Core, zoom: number): void {
  cy.batch(() => {
    cy.nodes().style({ 'font-size': SLIDE_NODE_LABEL / zoom, 'text-max-width': `${200 / zoom}px`, 'text-outline-width': 3 / zoom });
    cy.edges('.on-path').style({ 'font-size': SLIDE_EDGE_LABEL / zoom, 'text-outline-width': 2.5 / zoom });
  });
}

function zoomFor(cy: Core, maxSize: InstanceOptions['maxSize']): number {
  const box = cy.elements().boundingBox();
  if (!maxSize) return 1;
  return Math.min(1, (maxSize.width - 2 * PICTURE_MARGIN) / Math.max(1, box.w), (maxSize.height - 2 * PICTURE_MARGIN) / Math.max(1, box.h));
}

/** Builds the instance, framed; dispose() destroys it and removes its container. */
export function createExportInstance(live: Core, options: InstanceOptions): ExportInstance {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-30000px', top: '0', width: '400px', height: '300px', pointerEvents: 'none' });
  document.body.appendChild(container);
  const cy = cytoscape({
    container,
    elements: copyElements(live, options),
    style: pictureStyle(options.theme, options.allLabels || options.nodes.length <= UNIFORM_LABEL_NODES),
    layout: { name: 'preset' },
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    minZoom: 1e-3,
    maxZoom: 10,
  });
  const uniform = cy.nodes().length <= UNIFORM_LABEL_NODES;
  let zoom: number;
  if (uniform) {
    // The zoom depends on the labels' extent and the labels on the zoom: settle it in two rounds.
    setUniformLabels(cy, 1);
    zoom = zoomFor(cy, options.maxSize);
    if (zoom < 0.95) {
      setUniformLabels(cy, zoom);
      zoom = zoomFor(cy, options.maxSize);
    }
  } else {
    zoom = zoomFor(cy, options.maxSize);
  }
  const box = cy.elements().boundingBox();
  const width = Math.max(1, Math.ceil(box.w * zoom + 2 * PICTURE_MARGIN));
  const height = Math.max(1, Math.ceil(box.h * zoom + 2 * PICTURE_MARGIN));
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  cy.resize();
  cy.viewport({ zoom, pan: { x: PICTURE_MARGIN - box.x1 * zoom, y: PICTURE_MARGIN - box.y1 * zoom } });
  return {
    cy,
    width,
    height,
    dispose() {
      cy.destroy();
      container.remove();
    },
  };
}
