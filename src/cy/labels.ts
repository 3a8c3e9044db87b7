// Labels sized in screen pixels. Cytoscape sizes text in model units, so after every move
// of the viewport the label pass sets each shown label's size to pixels ÷ zoom. In a
// focused view every node is labelled; on the whole map the most important nodes (the
// order computed with the layout) are labelled first and a label that would overprint one
// already placed is left out, so zooming in shows more of them (semantic zoom).

import type { Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { CanvasState } from '../core/view/canvasState';
import { measureLabel } from './labelMeasure';
import { nodeDiameter } from './nodeScale';

export interface LabelSizes {
  /** Node labels, in screen pixels. */
  node: number;
  /** Hallmark labels on the whole map. */
  hallmark: number;
  /** Labels of highlighted edges. */
  edge: number;
  /** Labels of the other nodes when a presented step features some. */
  context: number;
  /** Widest a label line may be, in screen pixels. */
  maxWidth: number;
}

export const LABELS_SCREEN: LabelSizes = { node: 14, hallmark: 15, edge: 12, context: 12, maxWidth: 150 };
export const LABELS_PROJECTOR: LabelSizes = { node: 24, hallmark: 26, edge: 18, context: 16, maxWidth: 260 };
/** On the whole map labels are a little smaller, so that more fit. */
export const LABELS_MAP: LabelSizes = { node: 12, hallmark: 14, edge: 12, context: 12, maxWidth: 130 };

/** Up to this many shown nodes, every one is labelled whatever the collisions. */
export const LABEL_ALL_MAX_NODES = 80;

/**
 * Which nodes of a view have their labels in full: every one in a small view, those a
 * presented step is about, else some (where they fit). The label pass and the focused
 * layouts, which leave room for those labels, both follow it.
 */
export function labelMode(shownCount: number, featured: ReadonlySet<string> | null): 'all' | 'some' | ReadonlySet<string> {
  if (featured) return featured;
  return shownCount <= LABEL_ALL_MAX_NODES ? 'all' : 'some';
}

export interface LabelPassOptions {
  sizes: LabelSizes;
  /** Node ids, most important first; missing ids come after, by degree. */
  order: readonly string[] | null;
  /** Nodes a presented step is about: labelled first at full size, the others smaller where they fit. */
  featured: ReadonlySet<string> | null;
  /** Leave out a label that would cover another node (a focused view, where every node counts). */
  avoidBodies: boolean;
}

/** Label sizes for a canvas state: the projector's when presenting, the screen's in a focused view, else the map's. */
export function labelSizesFor(state: Pick<CanvasState, 'presenting' | 'focus'>): LabelSizes {
  return state.presenting ? LABELS_PROJECTOR : state.focus ? LABELS_SCREEN : LABELS_MAP;
}

/** The label pass for a canvas state. */
export function labelOptionsFor(state: CanvasState): LabelPassOptions {
  return {
    sizes: labelSizesFor(state),
    order: state.labelOrder,
    featured: state.featured ? new Set(state.featured) : null,
    avoidBodies: state.focus !== null,
  };
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Where a node's label lies on screen, estimated from its text. */
function labelBox(node: NodeSingular, px: number, maxWidth: number, zoom: number): Box {
  const p = node.renderedPosition();
  const { width, height } = measureLabel(String(node.data('label') ?? ''), px, maxWidth, node.hasClass('type-hallmark'));
  const top = p.y + (nodeDiameter(node) * zoom) / 2 + 2;
  return { x1: p.x - width / 2 - 2, y1: top, x2: p.x + width / 2 + 2, y2: top + Math.max(height, px * 1.25) };
}

/** A spatial grid of placed boxes, so a collision check looks at few of them. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}
  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(b.x1 / this.cell); x <= Math.floor(b.x2 / this.cell); x++) {
      for (let y = Math.floor(b.y1 / this.cell); y <= Math.floor(b.y2 / this.cell); y++) keys.push(`${x}:${y}`);
    }
    return keys;
  }
  hits(b: Box): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => overlaps(o, b)));
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

/**
 * Sets the data of an element only where it differs: setting data restyles the element and
 * redraws the canvas even when nothing changed, and a label pass repeated for the same
 * viewport would cost a whole frame.
 */
function setChanged(el: SingularElementArgument, values: Record<string, number>): void {
  if (Object.entries(values).some(([key, value]) => el.data(key) !== value)) el.data(values);
}

/** Sets which nodes and edges carry a label and how large, for the current viewport. */
export function applyLabels(cy: Core, options: LabelPassOptions): void {
  const zoom = cy.zoom();
  const { sizes } = options;
  const shown = cy.nodes().filter((n) => !n.hasClass('hidden') && !n.hasClass('faded'));
  const labelAll = labelMode(shown.length, options.featured) === 'all';
  const rank = new Map<string, number>();
  options.order?.forEach((id, i) => rank.set(id, i));
  // Highlighted nodes first, then hallmarks, then by the precomputed order, then by degree.
  const featured = options.featured;
  const weight = (n: NodeSingular) =>
    (n.hasClass('selected') || n.hasClass('on-path') || n.hasClass('focus-neighbour') || featured?.has(n.id()) ? 0 : n.hasClass('type-hallmark') ? 1 : 2) * 1e6 +
    (rank.get(n.id()) ?? 5e5 - Number(n.data('degree') ?? 0));
  /** Screen size of a node's label. */
  const pxOf = (n: NodeSingular) =>
    featured && !labelAll && !featured.has(n.id()) ? sizes.context : n.hasClass('type-hallmark') && !labelAll ? sizes.hallmark : sizes.node;
  const candidates = shown.toArray().sort((a, b) => weight(a as NodeSingular) - weight(b as NodeSingular)) as NodeSingular[];
  const width = cy.width();
  const height = cy.height();
  const grid = new BoxGrid(64);
  const bodies = new BoxGrid(64);
  if (options.avoidBodies && !labelAll) {
    shown.forEach((n) => {
      const p = n.renderedPosition();
      const r = (nodeDiameter(n) * zoom) / 2;
      bodies.add({ x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r });
    });
  }
  const labelled = new Set<string>();
  for (const node of candidates) {
    const px = pxOf(node);
    const box = labelBox(node, px, sizes.maxWidth, zoom);
    if (!labelAll) {
      const onScreen = box.x2 > 0 && box.x1 < width && box.y2 > 0 && box.y1 < height;
      const forced = weight(node) < 1e6;
      // Hallmarks, the ends of what a focused view shows, are labelled unless they would overprint a label.
      const hallmark = weight(node) < 2e6;
      if (!forced && (!onScreen || grid.hits(box) || (!hallmark && bodies.hits(box)))) continue;
    }
    grid.add(box);
    labelled.add(node.id());
  }
  const edgesLabelled = cy.edges('.on-path, .focus-neighbour').filter((e) => !e.hasClass('hidden') && !e.hasClass('faded'));
  // Neighbourhood edge labels only where there are few, so they can be read.
  const edgeIds = new Set(edgesLabelled.filter((e) => e.hasClass('on-path') || edgesLabelled.length <= 24).map((e) => e.id()));
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const on = labelled.has(node.id());
      if (on) {
        const px = pxOf(node);
        setChanged(node, { labelPx: px, labelWidthPx: sizes.maxWidth, labelSize: px / zoom, labelWidth: sizes.maxWidth / zoom, labelGap: 3 / zoom });
      }
      if (on !== node.hasClass('label-on')) node.toggleClass('label-on', on);
    });
    cy.edges().forEach((edge) => {
      const on = edgeIds.has(edge.id());
      if (on) setChanged(edge, { labelPx: sizes.edge, labelWidthPx: sizes.maxWidth * 0.9, labelSize: sizes.edge / zoom, labelWidth: (sizes.maxWidth * 0.9) / zoom });
      if (on !== edge.hasClass('label-on')) edge.toggleClass('label-on', on);
    });
  });
}

/**
 * Keeps the labels that are on at their screen size for the current zoom, without deciding
 * again which are on: cheap enough for every frame of a zoom animation.
 */
export function rescaleLabels(cy: Core): void {
  const zoom = cy.zoom();
  const on = cy.elements('.label-on');
  if (on.empty() || Math.abs(Number(on[0].data('labelSize')) * zoom - Number(on[0].data('labelPx'))) < 0.05) return;
  cy.batch(() => {
    on.forEach((el) => {
      const px = Number(el.data('labelPx'));
      const width = Number(el.data('labelWidthPx'));
      if (!px) return;
      el.data(el.isNode() ? { labelSize: px / zoom, labelWidth: width / zoom, labelGap: 3 / zoom } : { labelSize: px / zoom, labelWidth: width / zoom });
    });
  });
}
