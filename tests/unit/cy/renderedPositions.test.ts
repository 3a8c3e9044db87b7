import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, positionedTinyGraph, stateOf, type Harness } from './canvasFixture';

describe('cy/createGraphView: renderedPositions', () => {
  let h: Harness;
  afterEach(() => h?.close());

  it('should give where shown nodes are drawn, in screen pixels, and leave out hidden and unknown ids', async () => {
    h = createHarness();
    const graph = positionedTinyGraph();
    h.view.update(stateOf(graph));
    await h.settle();
    h.cy.viewport({ zoom: 2, pan: { x: 10, y: -5 } });
    const at = h.view.renderedPositions(['hsp70', 'tgfb', 'ghost']);
    const model = graph.positions!;
    expect([...at.keys()]).toEqual(['hsp70', 'tgfb']);
    expect(at.get('hsp70')).toEqual({ x: model.hsp70.x * 2 + 10, y: model.hsp70.y * 2 - 5 });
    h.view.update(stateOf(graph, {}, { signs: [-1], hideIsolated: true }));
    expect([...h.view.renderedPositions(['hsp70', 'tgfb', 'fibroblast', 'tgfb--activates--fibroblast']).keys()]).toEqual(['hsp70', 'tgfb']);
  });
});
