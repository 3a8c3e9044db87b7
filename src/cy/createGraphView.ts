// The graph-view controller: the one owner of the Cytoscape instance. React mounts the
// canvas and hands the instance over; from then on the whole canvas state arrives as one
// value through `update`, which applies only what changed since the last call. What
// happens on the canvas (taps, hovers, viewport moves, finished layouts, what it shows)
// goes back through the events, which the caller turns into store actions.

import type { Core, EventObject } from 'cytoscape';
import type { VisibleSet } from '../core/filter/criteria';
import type { Positions } from '../core/layout/chainLayout';
import type { ExonetGraph } from '../core/model/types';
import type { CanvasRequest, CanvasState, LayoutName, Viewport } from '../core/view/canvasState';
import { layoutShownSubgraph, markOtherPaths, moveNodes, pathFocusPositions, positionsOf } from './focusLayout';
import { applyHighlight } from './highlight';
import { largeGraphLabelsOff } from './largeGraphLabels';
import { applyLabels, LABELS_MAP, LABELS_PROJECTOR, LABELS_SCREEN, type LabelPassOptions } from './labels';
import { runLayout } from './layouts';
import { STYLESHEETS, type CanvasTheme } from './stylesheet';
import { toCytoscapeElements } from './toCytoscapeElements';
import { boxOf, centreOn, fitTo, fitToPositions, frameBox, showViewport, viewportOf, type FrameOptions } from './viewport';
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
  /** Runs the label pass now (after a picture export has changed the canvas). */
  relabel(): void;
  destroy(): void;
}

/** How long the container takes to settle after entering or leaving presentation. */
const RESIZE_SETTLE_MS = 60;
const VIEWPORT_REPORT_MS = 120;
const LABEL_SETTLE_MS = 40;
const FIRST_FRAME_WAIT_MS = 1500;

export function createGraphView(cy: Core, events: GraphViewEvents): GraphView {
  // Counted by the StrictMode browser test: views are created more often than they live.
  performance.mark('exonet:view-created');
  let destroyed = false;
  let desired: CanvasState | null = null;
  /** The state as applied so far; null fields were never applied. */
  const applied: { [K in keyof CanvasState]: CanvasState[K] | null } = {
    graph: null, visible: null, highlight: null, theme: null, presenting: null, request: null, layoutRequest: null, focus: null, insets: null, labelOrder: null, nodeScale: null,
  };
  /** Where every node sits on the whole map, to return there from a focused view. */
  let mapPositions: Positions | null = null;
  let labelTimer: ReturnType<typeof setTimeout> | null = null;
  /** The label pass after the viewport or the nodes have stopped moving. */
  const scheduleLabels = () => {
    if (labelTimer) clearTimeout(labelTimer);
    labelTimer = setTimeout(() => {
      labelTimer = null;
      relabel();
    }, LABEL_SETTLE_MS);
  };
  let settingGraph = false;
  /** Whether a frame with the current graph has been drawn (a headless instance draws none). */
  let drawn = !cy.container();
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
    const ready = !settingGraph && applied.graph !== null && drawn;
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
    scheduleLabels();
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
    mapPositions = positionsOf(cy);
  }

  function startGraph(graph: ExonetGraph): void {
    settingGraph = true;
    if (cy.container()) {
      // Ready once the first frame with the graph is on screen.
      // (A canvas with no size draws nothing: then ready a moment later anyway.)
      drawn = false;
      const onDrawn = () => {
        if (drawn) return;
        drawn = true;
        performance.mark('exonet:first-frame');
        report();
      };
      cy.one('render', onDrawn);
      later(FIRST_FRAME_WAIT_MS, onDrawn);
    }
    report();
    void setGraph(graph).then(() => {
      if (destroyed) return;
      settingGraph = false;
      applied.graph = graph;
      // Everything else is applied afresh to the new elements.
      applied.visible = applied.highlight = applied.theme = applied.focus = applied.nodeScale = null;
      performance.mark('exonet:ready');
      sync(true);
    });
  }

  /** The label sizes and mode for the state. */
  const labelOptions = (state: CanvasState): LabelPassOptions => ({
    sizes: state.presenting ? LABELS_PROJECTOR : state.focus ? LABELS_SCREEN : LABELS_MAP,
    labelAll: state.focus !== null,
    order: state.labelOrder,
  });

  const relabel = () => {
    if (destroyed || !desired || applied.graph !== desired.graph) return;
    if (largeGraphLabelsOff(cy, desired)) return;
    applyLabels(cy, labelOptions(desired));
  };

  const frameOptions = (state: CanvasState, maxZoom: number): FrameOptions => {
    const sizes = labelOptions(state).sizes;
    return { insets: state.insets, padding: { x: sizes.maxWidth / 2 + 16, top: 24, bottom: sizes.node * 2.6 + 16 }, maxZoom };
  };

  /** What the viewport shows when nothing was asked for: the step, the path, the focus or all that is shown. */
  function defaultFrame(state: CanvasState, positions: Positions | null): () => void {
    const { path, revealedSteps } = state.highlight;
    return () => {
      if (path && revealedSteps !== undefined && revealedSteps >= 0 && revealedSteps < path.nodes.length - 1) {
        const pair = [path.nodes[revealedSteps], path.nodes[revealedSteps + 1]];
        frameBox(cy, boxOf(cy, pair, positions ?? undefined), frameOptions(state, 2));
      } else if (state.focus || path) {
        const ids = path && !state.focus ? path.nodes : cy.nodes().not('.hidden').map((n) => n.id());
        frameBox(cy, boxOf(cy, ids, positions ?? undefined), frameOptions(state, 2));
      } else {
        fitTo(cy, undefined, frameOptions(state, 2));
      }
    };
  }

  function requestFrame(state: CanvasState, request: CanvasRequest): () => void {
    return () => {
      if (request.kind === 'fit') defaultFrame(state, null)();
      else if (request.kind === 'centre') centreOn(cy, request.id);
      else if (request.kind === 'frame-node') {
        const node = cy.getElementById(request.id);
        if (node.empty() || node.hasClass('hidden')) return;
        const hood = node.closedNeighborhood().nodes().not('.hidden').map((n) => n.id());
        frameBox(cy, boxOf(cy, hood), frameOptions(state, 1.6));
      } else showViewport(cy, request.viewport);
    };
  }

  /** The elements shown: the filters' visible set, or the elements of the focused paths. */
  function shownSet(state: CanvasState): VisibleSet {
    if (state.focus?.kind !== 'paths') return state.visible;
    return { nodes: new Set(state.focus.paths.flat()), edges: new Set(state.focus.edges) };
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
    const focusChanged = applied.focus !== next.focus;
    const visibleChanged = applied.visible !== next.visible || focusChanged;
    if (visibleChanged) applyVisibility(cy, shownSet(next));
    if (applied.nodeScale !== next.nodeScale) {
      applyNodeScale(next.nodeScale);
      applied.nodeScale = next.nodeScale;
    }
    const pathChanged = (applied.highlight?.path ?? null) !== next.highlight.path;
    const stepChanged = applied.highlight?.revealedSteps !== next.highlight.revealedSteps;
    if (visibleChanged || applied.highlight !== next.highlight) {
      applyHighlight(cy, next.highlight);
      // The other paths of a focused query stay readable beside the highlighted one.
      if (next.focus?.kind === 'paths' && next.highlight.revealedSteps === undefined) markOtherPaths(cy, next.focus);
    }
    const insetsChanged = applied.insets !== null && applied.insets !== next.insets && next.focus !== null;
    const presentingChanged = applied.presenting !== null && applied.presenting !== next.presenting;
    applied.visible = next.visible;
    applied.highlight = next.highlight;
    applied.insets = next.insets;
    applied.labelOrder = next.labelOrder;

    // Where the nodes go: a focused layout, or back to the map.
    let moved: Promise<Positions | null> = Promise.resolve(null);
    if (focusChanged) {
      const focus = next.focus;
      if (applied.focus === null && !afterGraph) mapPositions = positionsOf(cy);
      if (focus?.kind === 'paths') {
        const target = pathFocusPositions(focus);
        moved = moveNodes(cy, target).then(() => target);
      } else if (focus?.kind === 'subgraph') {
        moved = layoutShownSubgraph(cy);
      } else if (applied.focus !== null && mapPositions) {
        const target = mapPositions;
        moved = moveNodes(cy, target).then(() => target);
      }
      applied.focus = focus;
    }

    // The viewport: an explicit request wins; else what changed is framed.
    let frame: ((positions: Positions | null) => void) | null = null;
    if (next.request && next.request.seq !== applied.request?.seq) {
      const act = requestFrame(next, next.request);
      frame = () => act();
    } else if (focusChanged || pathChanged || stepChanged || insetsChanged || presentingChanged || (visibleChanged && (!afterGraph || next.visible.nodes.size < next.graph.nodes.length))) {
      frame = (positions) => defaultFrame(next, positions)();
    } else if (afterGraph && next.highlight.path) {
      frame = (positions) => defaultFrame(next, positions)();
    }
    applied.request = next.request;
    const framing = frame;
    if (framing) {
      // A focused layout that moves nodes is framed at its target positions, once they are known.
      const settle = presentingChanged ? new Promise<void>((r) => later(RESIZE_SETTLE_MS, () => { cy.resize(); r(); })) : Promise.resolve();
      const now = !focusChanged && !presentingChanged;
      if (now) framing(null);
      else void Promise.all([moved, settle]).then(([positions]) => {
        if (!destroyed) framing(positions);
      });
    }
    applied.presenting = next.presenting;
    void moved.then(() => scheduleLabels());

    if (next.layoutRequest && next.layoutRequest.seq !== applied.layoutRequest?.seq) {
      const { name } = next.layoutRequest;
      const graph = next.graph;
      void runLayout(cy, name, graph, true).then(() => {
        if (destroyed) return;
        if (!next.focus) mapPositions = positionsOf(cy);
        events.onLayoutDone(name);
        scheduleLabels();
        report();
      });
    }
    applied.layoutRequest = next.layoutRequest;
    relabel();
    scheduleLabels();
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
    relabel,
    destroy() {
      destroyed = true;
      for (const id of timers) clearTimeout(id);
      if (viewportTimer) clearTimeout(viewportTimer);
      if (labelTimer) clearTimeout(labelTimer);
      resizer?.disconnect();
      cy.off('tap', onTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('viewport', onViewport);
    },
  };
}
