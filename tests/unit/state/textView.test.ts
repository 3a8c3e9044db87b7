import { describe, expect, it } from 'vitest';
import { encodeViewState } from '../../../src/core/view/urlState';
import { selectShown } from '../../../src/state/canvasStateOf';
import { selectSelectionWords } from '../../../src/state/selectionWords';
import { selectVisible } from '../../../src/state/selectors';
import { selectListShown } from '../../../src/state/slices/mainViewSlice';
import { createAppStore } from '../../../src/state/store';
import { applyView, viewOfStore } from '../../../src/state/viewOfStore';
import { tinyGraph } from '../fixtures/tinyGraph';

function storeWithGraph() {
  const store = createAppStore();
  store.getState().setGraph(tinyGraph(), { kind: 'review' });
  return store;
}

describe('state: the text view and what the canvas shows', () => {
  it('should show the filters’ visible set, and only the paths in a focused path view', () => {
    const store = storeWithGraph();
    store.getState().updateCriteria({ signs: [1, -1] });
    expect(selectShown(store.getState())).toBe(selectVisible(store.getState()));
    store.getState().setPathQuery({ from: 'hsp70', to: 'caf-activation', k: 5, maxHops: 5, undirected: false, effect: null });
    const onPath = selectShown(store.getState());
    expect([...onPath.nodes].sort()).toEqual(['caf-activation', 'fibroblast', 'hsp70', 'tgfb']);
    expect([...onPath.edges].sort()).toEqual(['fibroblast--promotes--caf-activation', 'hsp70--inhibits--tgfb', 'tgfb--activates--fibroblast']);
    expect(selectShown(store.getState())).toBe(onPath);
    // On the whole map the path is highlighted among everything the filters leave.
    store.getState().setFocusMode('map');
    expect(selectShown(store.getState())).toBe(selectVisible(store.getState()));
  });

  it('should say what is selected: a node with the connections shown, an edge as its sentence', () => {
    const store = storeWithGraph();
    expect(selectSelectionWords(store.getState())).toBe('Nothing selected');
    store.getState().select({ kind: 'node', id: 'hsp70' });
    expect(selectSelectionWords(store.getState())).toBe('HSP70, protein, 2 connections');
    store.getState().updateCriteria({ signs: [-1] });
    expect(selectSelectionWords(store.getState())).toBe('HSP70, protein, 1 connection');
    store.getState().select({ kind: 'edge', id: 'tgfb--activates--fibroblast' });
    expect(selectSelectionWords(store.getState())).toBe('TGFβ activates fibroblast [121, 122]');
    store.getState().select({ kind: 'edge', id: 'no-such-edge' });
    expect(selectSelectionWords(store.getState())).toBe('');
  });

  it('should keep the edge list in the view (view=list) and hide it while presenting', () => {
    const store = storeWithGraph();
    expect(selectListShown(store.getState())).toBe(false);
    store.getState().showMainView('list');
    expect(selectListShown(store.getState())).toBe(true);
    expect(encodeViewState(viewOfStore(store.getState()))).toBe('view=list');
    store.getState().startPresentation('path');
    expect(selectListShown(store.getState())).toBe(false);
    store.getState().stopPresentation();
    expect(selectListShown(store.getState())).toBe(true);
    store.setState(applyView(store.getState(), { ...viewOfStore(store.getState()), list: undefined }));
    expect(store.getState().mainView).toBe('network');
    store.setState(applyView(store.getState(), { ...viewOfStore(store.getState()), list: true }));
    expect(store.getState().mainView).toBe('list');
  });
});
