// The graph-view controller: the one owner of the Cytoscape instance. React mounts the
// canvas and hands the instance over; from then on store changes reach the canvas through
// this small contract, imperatively, so React never re-creates the graph.

import type { Core, EventObject } from 'cytoscape';
import type { VisibleSet } from '../core/filter/criteria';
import type { ExonetGraph } from '../core/model/types';
import { applyHighlight, type HighlightState } from './highlight';
import { registerExtensions, runLayout, type LayoutName } from './layouts';
import { STYLESHEETS, type CanvasTheme } from './stylesheet';
import { toCytoscapeElements } from './toCytoscapeElements';

/** Node diameters when sized by mediator score: the area grows with the score. */
const MEDIATOR_SIZE = { min: 14, max: 150 } as const;

/** Up to this many visible nodes, every label shows. */
const SMALL_VIEW_NODES = 80;

export interface GraphViewEvents {
  onSelect(selection: { kind: 'node' | 'edge'; id: string } | null): void;
  onHover(id: string | null): void;
}

export interface GraphView {
  readonly cy: Core;
  setGraph(graph: ExonetGraph): Promise<void>;
  setVisible(visible: VisibleSet): void;
  setHighlight(state: HighlightState): void;
  centreOn(id: string): void;
  fitTo(ids?: string[]): void;
  layout(name: LayoutName): Promise<void>;
  setTheme(theme: CanvasTheme): void;
  /** Sizes nodes by a score from 0 to 1 (key mediators); null restores the usual sizes. */
  setNodeScale(scale: Readonly<Record<string, number>> | null): void;
  currentTheme(): CanvasTheme;
  destroy(): void;
}

/**
 * Fits the viewport to the precomputed positions without asking Cytoscape for bounding
 * boxes, which would measure every label before the first frame.
 */
function fitToPositions(cy: Core, graph: ExonetGraph, padding: number): void {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of graph.nodes) {
    const p = graph.positions?.[n.id];
    if (!p) continue;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const margin = 60; // room for node bodies and labels around the outermost centres
  const w = Math.max(1, maxX - minX + 2 * margin);
  const h = Math.max(1, maxY - minY + 2 * margin);
  const zoom = Math.min(4, Math.max(0.02, Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * ((minX + maxX) / 2), y: cy.height() / 2 - zoom * ((minY + maxY) / 2) } });
}

export function createGraphView(cy: Core, events: GraphViewEvents): GraphView {
  registerExtensions();
  let graph: ExonetGraph | null = null;
  let theme: CanvasTheme = 'light';
  cy.style(STYLESHEETS[theme]);
  cy.minZoom(0.05);
  cy.maxZoom(4);

  const onTap = (evt: EventObject) => {
    if (evt.target === cy) events.onSelect(null);
    else events.onSelect({ kind: evt.target.isNode() ? 'node' : 'edge', id: evt.target.id() });
  };
  const onOver = (evt: EventObject) => events.onHover(evt.target.id());
  const onOut = () => events.onHover(null);
  const container = cy.container();
  const resizer = typeof ResizeObserver !== 'undefined' && container ? new ResizeObserver(() => cy.resize()) : null;
  if (resizer && container) resizer.observe(container);
  cy.on('tap', onTap);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);

  return {
    cy,
    async setGraph(next) {
      graph = next;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(toCytoscapeElements(next));
      });
      performance.mark('exonet:elements-added');
      const positioned = next.nodes.length > 0 && next.nodes.every((n) => next.positions?.[n.id]);
      if (positioned) {
        fitToPositions(cy, next, 40);
      } else if (next.nodes.length === 0) {
        cy.fit(undefined, 40);
      } else {
        await runLayout(cy, 'fcose', next, false);
      }
    },
    setVisible(visible) {
      // Only elements whose visibility changes get their class toggled.
      cy.batch(() => {
        cy.elements().forEach((el) => {
          const id = el.id();
          const show = el.group() === 'nodes' ? visible.nodes.has(id) : visible.edges.has(id);
          if (show === el.hasClass('hidden')) el.toggleClass('hidden', !show);
        });
        // A small filtered view can afford every label, whatever the zoom.
        const labelAll = visible.nodes.size <= SMALL_VIEW_NODES;
        if (labelAll !== cy.nodes('.always-label').nonempty()) cy.nodes().toggleClass('always-label', labelAll);
      });
    },
    setHighlight(state) {
      applyHighlight(cy, state);
    },
    centreOn(id) {
      const el = cy.getElementById(id);
      if (el.empty()) return;
      if (!el.visible()) {
        this.fitTo();
        return;
      }
      const zoom = Math.max(cy.zoom(), 1.1);
      cy.animate({ zoom, center: { eles: el } }, { duration: 350 });
    },
    fitTo(ids) {
      let eles = cy.collection();
      if (ids?.length) for (const id of ids) eles = eles.union(cy.getElementById(id));
      else eles = cy.elements().not('.hidden');
      if (eles.nonempty()) cy.animate({ fit: { eles, padding: 60 } }, { duration: 350 });
    },
    async layout(name) {
      if (graph) await runLayout(cy, name, graph, true);
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      cy.style(STYLESHEETS[next]);
    },
    setNodeScale(scale) {
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
    },
    currentTheme() {
      return theme;
    },
    destroy() {
      resizer?.disconnect();
      cy.off('tap', onTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
    },
  };
}
