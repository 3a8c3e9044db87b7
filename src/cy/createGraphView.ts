// The graph-view controller: the one owner of the Cytoscape instance. React mounts the
// canvas and hands the instance over; from then on the whole canvas state arrives as one
// value through `update`, which applies only what changed since the last call. What
// happens on the canvas (taps, hovers, viewport moves, finished layouts, what it shows)
// goes back through the events, which the caller turns into store actions.

import type { Core, EventObject } from 'cytoscape';
import type { ExonetGraph } from '../core/model/types';
import type { CanvasState, LayoutName, Viewport } from '../core/view/canvasState';
import { applyHighlight } from './highlight';
import { registerExtensions, runLayout } from './layouts';
import { STYLESHEETS, type CanvasTheme } from './stylesheet';
import { toCytoscapeElements } from './toCytoscapeElements';
import { centreOn, fitTo, fitToPositions, showViewport, viewportOf } from './viewport';
import { applyVisibility, shownCounts } from './visibility';

/** Node diameters when sized by mediator score: the area grows with the score. */
const MEDIATOR_SIZE = { min: 14, max: 150 } as const;

/** What the canvas shows, read from Cytoscape: the hooks that tests rely on. */
export interface CanvasShown {
  /** Whether the current graph is on the canvas and can be used. */
  ready: boolean;
  nodes: number;
  edges: number;
  /** Node ids of the highlighted path, in order; null without one. */
  path: string[] | null;
}

export interface GraphViewEvents {
  onSelect(selection: { kind: 'node' | 'edge'; id: string } | null): void;
  onHover(id: string | null): void;
  onViewport(viewport: Viewport): void;
  onLayoutDone(name: LayoutName): void;
  onShown(shown: CanvasShown): void;
}

export interface GraphView {
  readonly cy: Core;
  /** Applies the canvas state; parts equal (by identity) to the last applied are skipped. */
  update(state: CanvasState): void;
  currentTheme(): CanvasTheme;
  destroy(): void;
}

/** How long the container takes to settle after entering or leaving presentation. */
const RESIZE_SETTLE_MS = 60;
const VIEWPORT_REPORT_MS = 120;

export function createGraphView(cy: Core, events: GraphViewEvents): GraphView {
  registerExtensions();
  // Counted by the StrictMode browser test: views are created more often than they live.
  performance.mark('exonet:view-created');
  let destroyed = false;
  let desired: CanvasState | null = null;
  /** The state as applied so far; null fields were never applied. */
  const applied: { [K in keyof CanvasState]: CanvasState[K] | null } = {
    graph: null, visible: null, highlight: null, theme: null, presenting: null, request: null, layoutRequest: null, nodeScale: null,
  };
  let settingGraph = false;
  let lastShown = '';
  const timers = new Set<ReturnType<typeof setTimeout>>();

  cy.minZoom(0.05);
  cy.maxZoom(4);

  const later = (ms: number, fn: () => void) => {
    const id = setTimeout(() => {
      timers.delete(id);
      if (!destroyed) fn();
    }, ms);
    timers.add(id);
  };

  const report = () => {
    if (destroyed) return;
    const ready = !settingGraph && applied.graph !== null;
    const counts = ready ? shownCounts(cy) : { nodes: 0, edges: 0 };
    const pathIds = applied.highlight?.path?.nodes.filter((id) => cy.getElementById(id).nonempty()) ?? null;
    const shown: CanvasShown = { ready, ...counts, path: pathIds && pathIds.length ? pathIds : null };
    const key = JSON.stringify(shown);
    if (key === lastShown) return;
    lastShown = key;
    events.onShown(shown);
  };

  const onTap = (evt: EventObject) => {
    if (evt.target === cy) events.onSelect(null);
    else events.onSelect({ kind: evt.target.isNode() ? 'node' : 'edge', id: evt.target.id() });
  };
  const onOver = (evt: EventObject) => events.onHover(evt.target.id());
  const onOut = () => events.onHover(null);
  let viewportTimer: ReturnType<typeof setTimeout> | null = null;
  const onViewport = () => {
    if (viewportTimer) clearTimeout(viewportTimer);
    viewportTimer = setTimeout(() => {
      viewportTimer = null;
      if (!destroyed) events.onViewport(viewportOf(cy));
    }, VIEWPORT_REPORT_MS);
  };
  const container = cy.container();
  const resizer = typeof ResizeObserver !== 'undefined' && container ? new ResizeObserver(() => cy.resize()) : null;
  if (resizer && container) resizer.observe(container);
  cy.on('tap', onTap);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('viewport', onViewport);

  function applyNodeScale(scale: Readonly<Record<string, number>> | null): void {
    cy.batch(() => {
      if (!scale) {
        cy.nodes('.mediator-sized').removeClass('mediator-sized');
        return;
      }
      cy.nodes().forEach((n) => {
        n.data('mediatorSize', Math.round(MEDIATOR_SIZE.min + (MEDIATOR_SIZE.max - MEDIATOR_SIZE.min) * Math.sqrt(scale[n.id()] ?? 0)));
        n.addClass('mediator-sized');
      });
    });
  }

  async function setGraph(graph: ExonetGraph): Promise<void> {
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toCytoscapeElements(graph));
    });
    performance.mark('exonet:elements-added');
    const positioned = graph.nodes.length > 0 && graph.nodes.every((n) => graph.positions?.[n.id]);
    if (positioned) fitToPositions(cy, graph, 40);
    else if (graph.nodes.length === 0) cy.fit(undefined, 40);
    else await runLayout(cy, 'fcose', graph, false);
  }

  function startGraph(graph: ExonetGraph): void {
    settingGraph = true;
    report();
    void setGraph(graph).then(() => {
      if (destroyed) return;
      settingGraph = false;
      applied.graph = graph;
      // Everything else is applied afresh to the new elements, without animating the viewport.
      applied.visible = applied.highlight = applied.theme = applied.nodeScale = null;
      performance.mark('exonet:ready');
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => performance.mark('exonet:first-frame'));
      sync(true);
    });
  }

  function sync(afterGraph = false): void {
    const next = desired;
    if (destroyed || settingGraph || !next) return;
    if (applied.graph !== next.graph) {
      startGraph(next.graph);
      return;
    }
    if (applied.theme !== next.theme) {
      cy.style(STYLESHEETS[next.theme]);
      applied.theme = next.theme;
    }
    const visibleChanged = applied.visible !== next.visible;
    if (visibleChanged) {
      applyVisibility(cy, next.visible);
      applied.visible = next.visible;
    }
    if (applied.nodeScale !== next.nodeScale) {
      applyNodeScale(next.nodeScale);
      applied.nodeScale = next.nodeScale;
    }
    const pathChanged = (applied.highlight?.path ?? null) !== next.highlight.path;
    if (visibleChanged || applied.highlight !== next.highlight) {
      applyHighlight(cy, next.highlight);
      applied.highlight = next.highlight;
    }

    // The viewport: an explicit request wins; else a new path or a new visible set is framed.
    let frame: (() => void) | null = null;
    const path = next.highlight.path;
    if (next.request && next.request.seq !== applied.request?.seq) {
      const request = next.request;
      frame = () => {
        if (request.kind === 'fit') fitTo(cy);
        else if (request.kind === 'centre') centreOn(cy, request.id);
        else showViewport(cy, request.viewport);
      };
    } else if (path && (pathChanged || afterGraph)) {
      frame = () => fitTo(cy, path.nodes);
    } else if (visibleChanged && (!afterGraph || next.visible.nodes.size < next.graph.nodes.length)) {
      frame = () => fitTo(cy);
    }
    applied.request = next.request;

    if (applied.presenting !== null && applied.presenting !== next.presenting) {
      // The chrome appears or goes: frame once the container has its new size.
      const settle = frame ?? (() => fitTo(cy, path?.nodes));
      later(RESIZE_SETTLE_MS, () => {
        cy.resize();
        settle();
      });
    } else {
      frame?.();
    }
    applied.presenting = next.presenting;

    if (next.layoutRequest && next.layoutRequest.seq !== applied.layoutRequest?.seq) {
      const { name } = next.layoutRequest;
      const graph = next.graph;
      void runLayout(cy, name, graph, true).then(() => {
        if (destroyed) return;
        events.onLayoutDone(name);
        report();
      });
    }
    applied.layoutRequest = next.layoutRequest;
    report();
  }

  return {
    cy,
    update(state) {
      if (destroyed) return;
      desired = state;
      sync();
    },
    currentTheme() {
      return applied.theme ?? 'light';
    },
    destroy() {
      destroyed = true;
      for (const id of timers) clearTimeout(id);
      if (viewportTimer) clearTimeout(viewportTimer);
      resizer?.disconnect();
      cy.off('tap', onTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('viewport', onViewport);
    },
  };
}
