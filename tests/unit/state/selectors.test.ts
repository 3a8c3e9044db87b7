import { describe, expect, it } from 'vitest';
import { findPaths } from '../../../src/core/paths/findPaths';
import { selectCanvasState, selectHighlight } from '../../../src/state/canvasStateOf';
import { memoizeLast } from '../../../src/state/memoizeLast';
import { selectActivePath, selectCancerFacets, selectHallmarks, selectPathResults, selectVisible } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';
import { tinyGraph } from '../fixtures/tinyGraph';

function storeWithGraph() {
  const store = createAppStore();
  store.getState().setGraph(tinyGraph(), { kind: 'review' });
  return store;
}

describe('state/memoizeLast', () => {
  it('should compute again only when an argument changes identity', () => {
    let calls = 0;
    const f = memoizeLast((a: object, b: number) => ({ a, b, n: ++calls }));
    const a = {};
    expect(f(a, 1)).toBe(f(a, 1));
    expect(calls).toBe(1);
    f({}, 1);
    f({}, 1);
    expect(calls).toBe(3);
  });
});

describe('state/selectors', () => {
  it('should give the visible set, the same object while graph and criteria stay', () => {
    const store = storeWithGraph();
    const first = selectVisible(store.getState());
    store.getState().hover('tgfb');
    expect(selectVisible(store.getState())).toBe(first);
    store.getState().updateCriteria({ signs: [-1], hideIsolated: true });
    expect([...selectVisible(store.getState()).nodes].sort()).toEqual(['hsp70', 'tgfb']);
  });

  it('should give the path results and the active path of the query', () => {
    const store = storeWithGraph();
    expect(selectPathResults(store.getState())).toEqual([]);
    expect(selectActivePath(store.getState())).toBeNull();
    store.getState().setPathQuery({ from: 'hsp90', to: 'fibroblast', k: 5, maxHops: 5, undirected: true, effect: null });
    const results = selectPathResults(store.getState());
    expect(results).toEqual(findPaths(tinyGraph(), 'hsp90', 'fibroblast', { mode: 'undirected' }));
    expect(selectActivePath(store.getState())?.nodes).toEqual(['hsp90', 'hsp70', 'tgfb', 'fibroblast']);
    store.getState().hover('tgfb');
    expect(selectPathResults(store.getState())).toBe(results);
    store.getState().setActivePath(7);
    expect(selectActivePath(store.getState())).toBeNull();
  });

  it('should give the facets: hallmarks by label and cancer types with counts', () => {
    const store = storeWithGraph();
    expect(selectHallmarks(store.getState()).map((n) => n.id)).toEqual(['caf-activation']);
    expect(selectCancerFacets(store.getState())).toEqual([{ cancer: 'breast cancer', edges: 1 }, { cancer: 'prostate cancer', edges: 1 }]);
  });
});

describe('state/canvasStateOf', () => {
  it('should keep the canvas state while nothing it holds changes, and ignore hover on a path', () => {
    const store = storeWithGraph();
    const first = selectCanvasState(store.getState());
    store.getState().setPanel('export');
    expect(selectCanvasState(store.getState())).toBe(first);
    store.getState().hover('tgfb');
    expect(selectCanvasState(store.getState()).highlight.hovered).toBe('tgfb');
    store.getState().setPathQuery({ from: 'hsp70', to: 'caf-activation', k: 5, maxHops: 5, undirected: false, effect: null });
    const highlight = selectHighlight(store.getState());
    expect(highlight.hovered).toBeNull();
    expect(highlight.path?.nodes).toEqual(['hsp70', 'tgfb', 'fibroblast', 'caf-activation']);
  });

  it('should use the projector theme and reveal steps only while presenting the path', () => {
    const store = storeWithGraph();
    store.getState().setTheme('dark');
    store.getState().setPathQuery({ from: 'hsp70', to: 'caf-activation', k: 5, maxHops: 5, undirected: false, effect: null });
    expect(selectCanvasState(store.getState()).theme).toBe('dark');
    expect(selectCanvasState(store.getState()).highlight.revealedSteps).toBeUndefined();
    store.getState().startPresentation('path');
    expect(selectCanvasState(store.getState())).toMatchObject({ theme: 'projector-dark', presenting: true, highlight: { revealedSteps: -1 } });
    store.getState().setTheme('light');
    expect(selectCanvasState(store.getState()).theme).toBe('projector');
  });
});
