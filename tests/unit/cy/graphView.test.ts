import { afterEach, describe, expect, it } from 'vitest';
import { LABELS_MAP, LABELS_PROJECTOR, LABELS_SCREEN } from '../../../src/cy/labels';
import { THEME_COLORS } from '../../../src/cy/stylesheet';
import { createHarness, positionedTinyGraph, stateOf, type Harness } from './canvasFixture';

const shownIds = (h: Harness, group: 'nodes' | 'edges') => h.cy[group](':visible').map((e) => e.id()).sort();
const withClass = (h: Harness, cls: string) => h.cy.elements(`.${cls}`).map((e) => e.id()).sort();

describe('cy/createGraphView', () => {
  let h: Harness;
  afterEach(() => h?.close());

  describe('update: the graph', () => {
    it('should report loading, then put every element of the graph on the canvas at its position', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      h.view.update(stateOf(graph));
      expect(h.shown[0]).toEqual({ ready: false, nodes: 0, edges: 0, path: null });
      expect(await h.settle()).toEqual({ ready: true, nodes: 6, edges: 4, path: null });
      expect(h.cy.getElementById('hsp70').position()).toEqual(graph.positions!.hsp70);
      expect(h.cy.getElementById('tgfb--activates--fibroblast').data('source')).toBe('tgfb');
    });

    it('should replace the elements when a new graph arrives', async () => {
      h = createHarness();
      h.view.update(stateOf(positionedTinyGraph()));
      await h.settle();
      const smaller = positionedTinyGraph();
      smaller.nodes = smaller.nodes.filter((n) => n.id !== 'hypoxia');
      h.view.update(stateOf(smaller));
      expect((await h.settle()).nodes).toBe(5);
      expect(h.cy.getElementById('hypoxia').empty()).toBe(true);
    });
  });

  describe('update: visibility', () => {
    it('should hide what the filters leave out, and count only what Cytoscape shows', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      h.view.update(stateOf(graph));
      await h.settle();
      h.view.update(stateOf(graph, {}, { signs: [-1], hideIsolated: true }));
      expect(shownIds(h, 'nodes')).toEqual(['hsp70', 'tgfb']);
      expect(shownIds(h, 'edges')).toEqual(['hsp70--inhibits--tgfb']);
      expect(h.shown.at(-1)).toMatchObject({ nodes: 2, edges: 1 });
      expect(h.cy.getElementById('hypoxia').style('display')).toBe('none');
    });

    it('should count what the canvas shows, not what the state claims', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      const state = stateOf(graph);
      // A visible set naming an element the canvas does not have shows nothing for it.
      state.visible = { nodes: new Set(['tgfb', 'ghost']), edges: new Set(['nope']) };
      h.view.update(state);
      expect(await h.settle()).toMatchObject({ nodes: 1, edges: 0 });
    });
  });

  describe('update: highlight', () => {
    it('should mark the selected node, keep its neighbours and fade the rest', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      h.view.update(stateOf(graph, { highlight: { selection: { kind: 'node', id: 'tgfb' }, hovered: null, path: null } }));
      await h.settle();
      expect(withClass(h, 'selected')).toEqual(['tgfb']);
      expect(withClass(h, 'focus-neighbour')).toEqual(['fibroblast', 'hsp70', 'hsp70--inhibits--tgfb', 'tgfb', 'tgfb--activates--fibroblast']);
      expect(withClass(h, 'faded')).toEqual(['caf-activation', 'fibroblast--promotes--caf-activation', 'hsp90', 'hsp90--binds--hsp70', 'hypoxia']);
      expect(h.cy.getElementById('hypoxia').style('opacity')).not.toBe('1');
    });

    it('should give the path its classes and name it in what is shown, and mark the current step', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      const path = { nodes: ['hsp70', 'tgfb', 'fibroblast'], edges: ['hsp70--inhibits--tgfb', 'tgfb--activates--fibroblast'] };
      h.view.update(stateOf(graph, { highlight: { selection: null, hovered: null, path } }));
      expect((await h.settle()).path).toEqual(['hsp70', 'tgfb', 'fibroblast']);
      expect(withClass(h, 'on-path')).toEqual([...path.nodes, ...path.edges].sort());
      expect(withClass(h, 'faded')).toEqual(['caf-activation', 'fibroblast--promotes--caf-activation', 'hsp90', 'hsp90--binds--hsp70', 'hypoxia']);

      h.view.update(stateOf(graph, { highlight: { selection: null, hovered: null, path, revealedSteps: 0 } }));
      expect(withClass(h, 'on-path')).toEqual(['hsp70', 'hsp70--inhibits--tgfb', 'tgfb']);
      expect(withClass(h, 'step-current')).toEqual(['hsp70--inhibits--tgfb', 'tgfb']);
    });

    it('should apply only what changed: the same state again touches nothing', async () => {
      h = createHarness();
      const state = stateOf(positionedTinyGraph(), { highlight: { selection: { kind: 'node', id: 'tgfb' }, hovered: null, path: null } });
      h.view.update(state);
      await h.settle();
      h.cy.getElementById('hypoxia').removeClass('faded');
      const reports = h.shown.length;
      h.view.update(state);
      h.view.update({ ...state });
      expect(h.cy.getElementById('hypoxia').hasClass('faded')).toBe(false);
      expect(h.shown.length).toBe(reports);
    });
  });

  describe('update: theme', () => {
    it('should restyle labels for the dark theme and thicken edges for the projector', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      const state = stateOf(graph);
      h.view.update(state);
      await h.settle();
      const hsp90 = () => h.cy.getElementById('hsp90');
      const edge = () => h.cy.getElementById('tgfb--activates--fibroblast');
      expect(hsp90().style('color')).toBe('rgb(26,26,26)');
      h.view.update({ ...state, theme: 'dark' });
      expect(hsp90().style('color')).toBe('rgb(242,242,242)');
      expect(h.view.currentTheme()).toBe('dark');
      h.view.update({ ...state, theme: 'projector-dark' });
      expect(hsp90().style('color')).toBe('rgb(255,255,255)');
      expect(parseFloat(edge().style('width'))).toBe(THEME_COLORS['projector-dark'].edgeWidth);
    });
  });

  describe('update: labels in screen pixels', () => {
    it('should label every node of a small view at its screen size whatever the zoom', async () => {
      h = createHarness();
      const state = stateOf(positionedTinyGraph());
      h.view.update(state);
      await h.settle();
      for (const zoom of [0.5, 2]) {
        h.cy.zoom(zoom);
        h.view.relabel();
        const sizes = h.cy.nodes().map((n) => (n.hasClass('label-on') ? parseFloat(n.style('font-size')) * zoom : 0));
        sizes.forEach((px) => expect(px).toBeCloseTo(LABELS_MAP.node, 5));
      }
      expect(h.cy.getElementById('hsp90').style('label')).toBe('HSP90');
    });

    it('should label a focused view at 14 px and a presented one at 24 px, path edges at 12 and 18', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      const path = { nodes: ['hsp70', 'tgfb', 'fibroblast'], edges: ['hsp70--inhibits--tgfb', 'tgfb--activates--fibroblast'] };
      const focus = { kind: 'paths' as const, paths: [path.nodes], edges: path.edges, active: 0 };
      const state = stateOf(graph, { focus, highlight: { selection: null, hovered: null, path } });
      h.view.update(state);
      await h.settle();
      h.view.relabel();
      const screen = (id: string) => parseFloat(h.cy.getElementById(id).style('font-size')) * h.cy.zoom();
      expect(screen('tgfb')).toBeCloseTo(LABELS_SCREEN.node, 5);
      expect(screen('tgfb--activates--fibroblast')).toBeCloseTo(LABELS_SCREEN.edge, 5);
      h.view.update({ ...state, presenting: true, theme: 'projector' });
      h.view.relabel();
      expect(screen('tgfb')).toBeCloseTo(LABELS_PROJECTOR.node, 5);
      expect(screen('tgfb--activates--fibroblast')).toBeCloseTo(LABELS_PROJECTOR.edge, 5);
    });

    it('should keep labels at their screen size while the viewport zooms, before the label pass runs again', async () => {
      h = createHarness();
      h.view.update(stateOf(positionedTinyGraph()));
      await h.settle();
      h.view.relabel();
      h.cy.zoom(3);
      const on = h.cy.nodes('.label-on');
      expect(on.length).toBeGreaterThan(0);
      on.forEach((n) => expect(parseFloat(n.style('font-size')) * 3).toBeCloseTo(LABELS_MAP.node, 5));
    });

    it('should label the nodes a presented step is about at the projector size and keep the rest as lighter context', async () => {
      h = createHarness();
      const state = stateOf(positionedTinyGraph(), { presenting: true, theme: 'projector', featured: ['tgfb', 'fibroblast'] });
      h.view.update(state);
      await h.settle();
      h.view.relabel();
      const screen = (id: string) => parseFloat(h.cy.getElementById(id).style('font-size')) * h.cy.zoom();
      expect(screen('tgfb')).toBeCloseTo(LABELS_PROJECTOR.node, 5);
      expect(h.cy.getElementById('tgfb').hasClass('step-context')).toBe(false);
      expect(h.cy.getElementById('hsp90').hasClass('step-context')).toBe(true);
      expect(h.cy.getElementById('tgfb--activates--fibroblast').hasClass('step-context')).toBe(false);
      expect(h.cy.getElementById('hsp90--binds--hsp70').hasClass('step-context')).toBe(true);
      h.view.update({ ...state, featured: null });
      expect(h.cy.elements('.step-context')).toHaveLength(0);
    });
  });

  describe('update: focused views', () => {
    it('should show only the paths of a path focus, as a chain from left to right, and return to the map', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      const path = { nodes: ['hsp90', 'hsp70', 'tgfb', 'fibroblast'], edges: ['hsp90--binds--hsp70', 'hsp70--inhibits--tgfb', 'tgfb--activates--fibroblast'] };
      const state = stateOf(graph, { highlight: { selection: null, hovered: null, path } });
      h.view.update(state);
      await h.settle();
      h.view.update({ ...state, focus: { kind: 'paths', paths: [path.nodes], edges: path.edges, active: 0 } });
      await new Promise((r) => setTimeout(r, 50));
      expect(shownIds(h, 'nodes')).toEqual([...path.nodes].sort());
      const xs = path.nodes.map((id) => h.cy.getElementById(id).position().x);
      xs.slice(1).forEach((x, i) => expect(x).toBeGreaterThan(xs[i] + 100));
      expect(new Set(path.nodes.map((id) => h.cy.getElementById(id).position().y)).size).toBe(1);
      h.view.update(state);
      await new Promise((r) => setTimeout(r, 50));
      expect(h.cy.getElementById('hsp70').position()).toEqual(graph.positions!.hsp70);
      expect(shownIds(h, 'nodes')).toHaveLength(6);
    });
  });

  describe('update: requests', () => {
    it('should show a requested viewport once, and not again for the same request', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      const request = { seq: 1, kind: 'viewport' as const, viewport: { zoom: 2, pan: { x: 5, y: 7 } } };
      const state = stateOf(graph, { request });
      h.view.update(state);
      await h.settle();
      expect(h.cy.zoom()).toBe(2);
      expect(h.cy.pan()).toEqual({ x: 5, y: 7 });
      h.cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
      h.view.update({ ...state, theme: 'dark' });
      expect(h.cy.zoom()).toBe(1);
      h.view.update({ ...state, request: { ...request, seq: 2 } });
      expect(h.cy.zoom()).toBe(2);
    });

    it('should keep a requested viewport when an overlay changes the free room later, and reframe a view it framed itself', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      const path = { nodes: ['hsp90', 'hsp70', 'tgfb', 'fibroblast'], edges: ['hsp90--binds--hsp70', 'hsp70--inhibits--tgfb', 'tgfb--activates--fibroblast'] };
      const focused = stateOf(graph, { highlight: { selection: null, hovered: null, path }, focus: { kind: 'paths', paths: [path.nodes], edges: path.edges, active: 0 } });
      h.view.update(focused);
      await h.settle();
      await h.view.whenIdle();
      const legend = { top: 0, right: 0, left: 0, bottom: 200 };

      // A view the controller framed: a new overlay frames it again.
      h.cy.viewport({ zoom: 1.23, pan: { x: 3, y: 4 } });
      h.view.update({ ...focused, insets: legend });
      await h.view.whenIdle();
      expect(h.cy.zoom()).not.toBe(1.23);

      // A restored viewport stays when the overlay goes and comes back after it.
      const request = { seq: 1, kind: 'viewport' as const, viewport: { zoom: 2, pan: { x: 5, y: 7 } } };
      h.view.update({ ...focused, insets: legend, request });
      await h.view.whenIdle();
      h.view.update({ ...focused, insets: { ...legend, bottom: 40 }, request });
      await h.view.whenIdle();
      h.view.update({ ...focused, insets: { ...legend }, request });
      await h.view.whenIdle();
      expect(h.cy.zoom()).toBe(2);
      expect(h.cy.pan()).toEqual({ x: 5, y: 7 });
    });

    it('should report viewport moves back', async () => {
      h = createHarness();
      h.view.update(stateOf(positionedTinyGraph()));
      await h.settle();
      h.cy.viewport({ zoom: 1.5, pan: { x: 10, y: 20 } });
      await new Promise((r) => setTimeout(r, 200));
      expect(h.viewports.at(-1)).toEqual({ zoom: 1.5, pan: { x: 10, y: 20 } });
    });

    it('should run a requested layout on the visible nodes and say when it is done', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      h.view.update(stateOf(graph));
      await h.settle();
      const before = h.cy.getElementById('caf-activation').position().x;
      h.view.update(stateOf(graph, { layoutRequest: { seq: 1, name: 'layered' } }));
      for (let i = 0; i < 100 && !h.layouts.length; i++) await new Promise((r) => setTimeout(r, 10));
      expect(h.layouts).toEqual(['layered']);
      // The hallmark goes to the rightmost layer of the layered layout.
      const xs = h.cy.nodes().map((n) => n.position().x);
      expect(h.cy.getElementById('caf-activation').position().x).toBe(Math.max(...xs));
      expect(before).not.toBe(Math.max(...xs));
    });
  });

  describe('whenIdle', () => {
    it('should wait for the graph, a requested layout and the label pass to finish', async () => {
      h = createHarness();
      const graph = positionedTinyGraph();
      h.view.update(stateOf(graph, { layoutRequest: { seq: 1, name: 'layered' } }));
      await h.view.whenIdle();
      expect(h.layouts).toEqual(['layered']);
      expect(h.shown.at(-1)?.ready).toBe(true);
      expect(h.cy.nodes().filter((n) => n.style('label') !== '').length).toBeGreaterThan(0);
    });

    it('should resolve at once for a destroyed view', async () => {
      h = createHarness();
      h.view.update(stateOf(positionedTinyGraph()));
      h.view.destroy();
      const started = Date.now();
      await h.view.whenIdle(5000);
      expect(Date.now() - started).toBeLessThan(1000);
    });
  });

  describe('events and destroy', () => {
    it('should turn taps into selections, and stop listening once destroyed', async () => {
      h = createHarness();
      h.view.update(stateOf(positionedTinyGraph()));
      await h.settle();
      h.cy.getElementById('hsp70').emit('tap');
      h.cy.emit('tap');
      expect(h.selected).toEqual([{ kind: 'node', id: 'hsp70' }, null]);
      h.view.destroy();
      h.cy.getElementById('hsp70').emit('tap');
      h.view.update(stateOf(positionedTinyGraph(), { theme: 'dark' }));
      expect(h.selected).toHaveLength(2);
      expect(h.view.currentTheme()).toBe('light');
    });
  });
});
