// The graph-view controller: the one owner of the Cytoscape instance. React mounts the
// canvas and hands the instance over; from then on the whole canvas state arrives as one
// value through `update`, which applies only what changed since the last call. What
// happens on the canvas (taps, hovers, viewport moves, finished layouts, what it shows)
// goes back through the events, which the caller turns into store actions.

import type { Core, EventObject } from 'cytoscape';
import type { Positions } from '../core/layout/chainLayout';
import type { ExonetGraph } from '../core/model/types';
import type { CanvasState } from '../core/view/canvasState';
import type { CanvasShown, GraphView, GraphViewEvents } from './graphViewTypes';
import { shownSetOf } from '../core/view/shownSet';
import { createFocusFit } from './focusFit';
import { markOtherPaths, markStepContext, moveNodes, positionsOf } from './focusLayout';
import { applyHighlight } from './highlight';
import { applyNodeScale } from './nodeScale';
import { animating, pollUntilIdle } from './canvasIdle';
import { createFraming } from './framing';
import { applyLabels, labelOptionsFor, rescaleLabels } from './labels';
import { onFirstFrame } from './firstFrame';
import { largeGraphLabelsOff } from './largeGraphLabels';
import { fcoseLoaded, registerExtensions, runLayout } from './layouts';
import { STYLESHEETS } from './stylesheet';
import { toCytoscapeElements } from './toCytoscapeElements';
import { renderedPositionsOf, fitToPositions, prefersReducedMotion, viewportOf } from './viewport';
import { applyVisibility, shownCounts } from './visibility';

export type { CanvasShown, GraphView, GraphViewEvents } from './graphViewTypes';

/** How long the container takes to settle after entering or leaving presentation. */
const RESIZE_SETTLE_MS = 60;
const VIEWPORT_REPORT_MS = 120;
const LABEL_SETTLE_MS = 40;
/** How long a resize of the canvas must rest before a focused view is fitted to it again. */
const REFIT_SETTLE_MS = 150;

export function createGraphView(cy: Core, events: GraphViewEvents): GraphView {
  // Counted by the StrictMode browser test: views are created more often than they live.
  performance.mark('exonet:view-created');
  let destroyed = false;
  let desired: CanvasState | null = null;
  /** The state as applied so far; null fields were never applied. */
  const applied: { [K in keyof CanvasState]: CanvasState[K] | null } = {
    graph: null, visible: null, highlight: null, theme: null, presenting: null, request: null, layoutRequest: null, focus: null, insets: null, labelOrder: null, nodeScale: null, featured: null,
  };
  /** Where every node sits on the whole map, to return there from a focused view. */
  let mapPositions: Positions | null = null;
  /** The focused view, fitted to the canvas. */
  const focusFit = createFocusFit(cy);
  const framing = createFraming(cy, focusFit);
  /** Node moves still running: a frame asked for meanwhile waits for the last of them. */
  let moving: Promise<Positions | null> = Promise.resolve(null);
  let movesRunning = 0;
  /** Frames waiting for moves, and layouts, still running (for whenIdle). */
  let othersRunning = 0;
  const pending = (work: Promise<unknown>) => void (othersRunning++, work.finally(() => othersRunning--));
  /** Whether the viewport is where the controller last put it (not panned or zoomed by hand since). */
  let autoFramed = true;
  let refitTimer: ReturnType<typeof setTimeout> | null = null;
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
  let drawn = !cy.container(); // a frame with the graph drawn (a headless instance draws none)
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
    // Labels keep their screen size while the viewport moves; which ones show is decided
    // again once it rests.
    rescaleLabels(cy);
    scheduleLabels();
    if (viewportTimer) clearTimeout(viewportTimer);
    viewportTimer = setTimeout(() => {
      viewportTimer = null;
      if (!destroyed) events.onViewport(viewportOf(cy));
    }, VIEWPORT_REPORT_MS);
  };
  const container = cy.container();
  const onUserViewport = () => {
    autoFramed = false;
  };
  const onResize = () => {
    // A ResizeObserver reports once when it starts observing: the same size needs no redraw.
    if (container && container.clientWidth === cy.width() && container.clientHeight === cy.height()) return;
    cy.resize();
    if (refitTimer) clearTimeout(refitTimer);
    refitTimer = setTimeout(() => {
      refitTimer = null;
      refitFocus();
    }, REFIT_SETTLE_MS);
  };
  const resizer = typeof ResizeObserver !== 'undefined' && container ? new ResizeObserver(onResize) : null;
  if (resizer && container) {
    // Cytoscape watches its container with an observer of its own, whose first report (made
    // when observing starts) redraws the whole canvas at an unchanged size just after the
    // first frame. This observer resizes the canvas only when its size has changed.
    (cy as unknown as { renderer(): { resizeObserver?: ResizeObserver } | undefined }).renderer()?.resizeObserver?.disconnect();
    resizer.observe(container);
  }
  cy.on('tap', onTap);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('viewport', onViewport);
  cy.on('dragpan scrollzoom pinchzoom', onUserViewport);

  async function setGraph(graph: ExonetGraph): Promise<void> {
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toCytoscapeElements(graph));
    });
    performance.mark('exonet:elements-added');
    const positioned = graph.nodes.length > 0 && graph.nodes.every((n) => graph.positions?.[n.id]);
    if (positioned) fitToPositions(cy, graph, 40, desired?.insets);
    else if (graph.nodes.length === 0) cy.fit(undefined, 40);
    else await runLayout(cy, 'fcose', graph, false);
    mapPositions = positionsOf(cy);
  }

  function startGraph(graph: ExonetGraph): void {
    settingGraph = true;
    // Ready once the first frame with the graph is on screen.
    if (cy.container()) {
      drawn = false;
      onFirstFrame(cy, () => { drawn = true; report(); }, later);
    }
    report();
    void setGraph(graph).then(() => {
      if (destroyed) return;
      settingGraph = false;
      applied.graph = graph;
      // Everything else is applied afresh to the new elements.
      applied.visible = applied.highlight = applied.focus = applied.nodeScale = null;
      performance.mark('exonet:ready');
      sync(true);
    });
  }

  const relabel = () => {
    if (destroyed || !desired || applied.graph !== desired.graph) return;
    if (largeGraphLabelsOff(cy, desired)) return;
    applyLabels(cy, labelOptionsFor(desired));
  };

  /** Fits the focused view to the free part of the canvas, with room for the state's labels. */
  const fitFocus = (state: CanvasState) => {
    const { sizes, featured } = labelOptionsFor(state);
    return focusFit.fit(state.insets, sizes, featured);
  };

  /** Runs a move of nodes; frames asked for while it runs wait for it. */
  function track(move: Promise<Positions | null>): Promise<Positions | null> {
    movesRunning++;
    moving = move.finally(() => {
      movesRunning--;
    });
    return moving;
  }

  /** After the canvas changed size: a focused view is fitted again and framed, if no hand moved it. */
  function refitFocus(): void {
    const state = desired;
    if (destroyed || !state || !state.focus || settingGraph || !focusFit.needsRefit(state.insets)) return;
    void track(fitFocus(state)).then(() => {
      if (!destroyed && autoFramed && desired) framing.frameDefault(desired, null);
      scheduleLabels();
    });
  }

  function sync(afterGraph = false): void {
    const next = desired;
    if (destroyed || settingGraph || !next) return;
    // The stylesheet before the elements, so that they are styled once, not twice.
    if (applied.theme !== next.theme) {
      cy.style(STYLESHEETS[next.theme]);
      applied.theme = next.theme;
    }
    if (applied.graph !== next.graph) {
      startGraph(next.graph);
      return;
    }
    // fcose loads on demand (not in the first load): a filtered focus follows once it has.
    if (next.focus?.kind === 'subgraph' && !fcoseLoaded()) return void registerExtensions().then(() => sync(afterGraph));
    const focusChanged = applied.focus !== next.focus;
    const visibleChanged = applied.visible !== next.visible || focusChanged;
    if (visibleChanged) applyVisibility(cy, shownSetOf(next.visible, next.focus));
    if (applied.nodeScale !== next.nodeScale) {
      applyNodeScale(cy, next.nodeScale);
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
    const featuredChanged = applied.featured !== next.featured;
    if (featuredChanged || visibleChanged) markStepContext(cy, next.featured);
    applied.featured = next.featured;

    // Where the nodes go: a focused layout, or back to the map.
    // Entering or leaving presentation resizes the canvas: what depends on its size waits.
    const settle = presentingChanged ? new Promise<void>((r) => later(RESIZE_SETTLE_MS, () => { cy.resize(); r(); })) : Promise.resolve();
    let moved: Promise<Positions | null> | null = null;
    if (focusChanged) {
      const focus = next.focus;
      if (applied.focus === null && !afterGraph) mapPositions = positionsOf(cy);
      if (focus) {
        focusFit.start(focus);
        moved = settle.then(() => fitFocus(desired ?? next));
      } else {
        focusFit.start(null);
        if (applied.focus !== null && mapPositions) {
          const target = mapPositions;
          moved = moveNodes(cy, target).then(() => target);
        }
      }
      applied.focus = focus;
    } else if (next.focus && focusFit.active && (presentingChanged || insetsChanged)) {
      // The same focused view on a canvas of another size, or with other label sizes.
      moved = settle.then(() => fitFocus(desired ?? next));
    }
    if (moved) track(moved);

    // The viewport: an explicit request wins; else what changed is framed.
    const asked = next.request && next.request.seq !== applied.request?.seq ? next.request : null;
    const viewChanged = focusChanged || pathChanged || stepChanged || featuredChanged || presentingChanged || (visibleChanged && (!afterGraph || next.visible.nodes.size < next.graph.nodes.length)) || (afterGraph && next.highlight.path !== null);
    let frame: ((positions: Positions | null) => void) | null = null;
    if (asked) frame = () => framing.frameRequest(desired ?? next, asked);
    // Overlays that come and go (the legend, a notice) reframe only a view the controller framed:
    // not one asked for (a restored viewport) nor one moved by hand.
    else if (viewChanged || (insetsChanged && autoFramed)) frame = (positions) => framing.frameDefault(desired ?? next, positions);
    applied.request = next.request;
    if (frame) {
      const frameNow = frame;
      // A view asked for (a saved viewport, a centred node) stays when the canvas resizes or overlays change later.
      if (asked) autoFramed = asked.kind === 'fit';
      else if (viewChanged) autoFramed = true;
      // A frame waits for nodes that are still moving and for the canvas to settle.
      if (movesRunning === 0 && !presentingChanged) frameNow(null);
      else pending(Promise.all([moving, settle]).then(([positions]) => {
        if (!destroyed) frameNow(positions);
      }));
    }
    applied.presenting = next.presenting;
    if (moved) void moved.then(() => scheduleLabels());

    if (next.layoutRequest && next.layoutRequest.seq !== applied.layoutRequest?.seq) {
      const { name } = next.layoutRequest;
      const graph = next.graph;
      pending(runLayout(cy, name, graph, !prefersReducedMotion()).then(() => {
        if (destroyed) return;
        if (!next.focus) mapPositions = positionsOf(cy);
        events.onLayoutDone(name);
        scheduleLabels();
        report();
      }));
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
    whenIdle(timeoutMs = 10_000) {
      const busy = () => settingGraph || movesRunning + othersRunning > 0 || labelTimer !== null || refitTimer !== null || animating(cy);
      return pollUntilIdle(busy, () => destroyed, timeoutMs);
    },
    renderedPositions(ids) {
      return renderedPositionsOf(cy, ids);
    },
    destroy() {
      destroyed = true;
      for (const id of timers) clearTimeout(id);
      if (viewportTimer) clearTimeout(viewportTimer);
      if (labelTimer) clearTimeout(labelTimer);
      if (refitTimer) clearTimeout(refitTimer);
      cy.off('dragpan scrollzoom pinchzoom', onUserViewport);
      resizer?.disconnect();
      cy.off('tap', onTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('viewport', onViewport);
    },
  };
}
