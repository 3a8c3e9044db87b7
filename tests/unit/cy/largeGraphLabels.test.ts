// Labels of a large graph: off while the whole map is zoomed out, back once zoomed in; a
// graph under the threshold keeps its label pass at any zoom.

import { afterEach, describe, expect, it } from 'vitest';
import type { ExonetGraph } from '../../../src/core/model/types';
import { largeGraphLabelsOff, LARGE_GRAPH_LABEL_ZOOM, LARGE_GRAPH_NODES } from '../../../src/cy/largeGraphLabels';
import { createHarness, stateOf, type Harness } from './canvasFixture';

/** A positioned grid of n nodes, each joined to the next. */
function grid(n: number): ExonetGraph {
  const side = Math.ceil(Math.sqrt(n));
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, label: `Node ${i}`, type: 'protein' as const }));
  const edges = Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, relation: 'activates' as const, sign: 1 as const, evidence: [{ refs: [1], section: 'immune', claim: 'A made-up statement.' }] }));
  const positions = Object.fromEntries(nodes.map((node, i) => [node.id, { x: (i % side) * 60, y: Math.floor(i / side) * 60 }]));
  return { format: 'exonet-graph', version: 1, source: { title: 'grid', authors: [] }, nodes, edges, positions };
}

const labelled = (h: Harness) => h.cy.nodes('.label-on').length;

describe('cy/largeGraphLabels', () => {
  let h: Harness | null = null;
  afterEach(() => {
    h?.close();
    h = null;
  });

  it('should draw no label on a large map zoomed out, and label nodes once zoomed in', async () => {
    h = createHarness();
    const state = stateOf(grid(LARGE_GRAPH_NODES + 100));
    h.view.update(state);
    await h.settle();
    // Labels placed before (as at a closer zoom) are taken off when the view zooms out.
    h.cy.nodes().slice(0, 30).addClass('label-on');
    h.cy.zoom(LARGE_GRAPH_LABEL_ZOOM / 2);
    h.view.relabel();
    expect(labelled(h)).toBe(0);
    // Zoomed in, the usual label pass decides: the rule leaves labels alone.
    h.cy.zoom(LARGE_GRAPH_LABEL_ZOOM * 2);
    h.cy.nodes().slice(0, 30).addClass('label-on');
    expect(largeGraphLabelsOff(h.cy, state)).toBe(false);
    expect(labelled(h)).toBe(30);
    // A focused view of the same graph is always labelled.
    h.cy.zoom(LARGE_GRAPH_LABEL_ZOOM / 2);
    expect(largeGraphLabelsOff(h.cy, { ...state, focus: { kind: 'subgraph' } })).toBe(false);
    expect(largeGraphLabelsOff(h.cy, state)).toBe(true);
    expect(labelled(h)).toBe(0);
  });

  it('should keep labelling a graph under the threshold at the same zoom', async () => {
    h = createHarness();
    h.view.update(stateOf(grid(200)));
    await h.settle();
    h.cy.zoom(LARGE_GRAPH_LABEL_ZOOM / 2);
    h.view.relabel();
    expect(labelled(h)).toBeGreaterThan(0);
  });
});
