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
  currentTheme(): CanvasTheme;
  destroy(): void;
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
      const positioned = next.nodes.length > 0 && next.nodes.every((n) => next.positions?.[n.id]);
      if (positioned || next.nodes.length === 0) {
        cy.fit(undefined, 40);
      } else {
        await runLayout(cy, 'fcose', next, false);
      }
    },
    setVisible(visible) {
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          n.toggleClass('hidden', !visible.nodes.has(n.id()));
        });
        cy.edges().forEach((e) => {
          e.toggleClass('hidden', !visible.edges.has(e.id()));
        });
      });
    },
    setHighlight(state) {
      applyHighlight(cy, state);
    },
    centreOn(id) {
      const el = cy.getElementById(id);
      if (el.empty()) return;
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
