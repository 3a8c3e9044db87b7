// A headless Cytoscape with styles (so `display: none` and style values are real), the
// controller on it, and canvas states of the tiny graph for the controller's tests.

import cytoscape, { type Core } from 'cytoscape';
import { applyFilters } from '../../../src/core/filter/applyFilters';
import type { FilterCriteria } from '../../../src/core/filter/criteria';
import type { ExonetGraph } from '../../../src/core/model/types';
import { NO_INSETS, type CanvasState } from '../../../src/core/view/canvasState';
import { createGraphView, type CanvasShown, type GraphView } from '../../../src/cy/createGraphView';
import { tinyGraph } from '../fixtures/tinyGraph';

export function positionedTinyGraph(): ExonetGraph {
  const graph = tinyGraph();
  graph.positions = Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: 100 * i, y: 50 * (i % 2) }]));
  return graph;
}

export function stateOf(graph: ExonetGraph, patch: Partial<CanvasState> = {}, criteria: FilterCriteria = {}): CanvasState {
  return {
    graph,
    visible: applyFilters(graph, criteria),
    highlight: { selection: null, hovered: null, path: null },
    theme: 'light',
    presenting: false,
    nodeScale: null,
    request: null,
    layoutRequest: null,
    focus: null,
    insets: NO_INSETS,
    labelOrder: null,
    featured: null,
    ...patch,
  };
}

export interface Harness {
  cy: Core;
  view: GraphView;
  shown: CanvasShown[];
  selected: unknown[];
  layouts: string[];
  viewports: unknown[];
  /** Resolves once the canvas has reported what it shows after the last update. */
  settle(): Promise<CanvasShown>;
  close(): void;
}

export function createHarness(): Harness {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const shown: CanvasShown[] = [];
  const selected: unknown[] = [];
  const layouts: string[] = [];
  const viewports: unknown[] = [];
  const view = createGraphView(cy, {
    onSelect: (s) => selected.push(s),
    onHover: () => undefined,
    onViewport: (v) => viewports.push(v),
    onLayoutDone: (name) => layouts.push(name),
    onShown: (s) => shown.push(s),
  });
  return {
    cy,
    view,
    shown,
    selected,
    layouts,
    viewports,
    async settle() {
      for (let i = 0; i < 50; i++) {
        await new Promise((r) => setTimeout(r, 5));
        const last = shown.at(-1);
        if (last?.ready) return last;
      }
      throw new Error('the canvas never became ready');
    },
    close() {
      view.destroy();
      cy.destroy();
    },
  };
}
