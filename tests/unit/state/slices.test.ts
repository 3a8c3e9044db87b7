import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { tinyGraph } from '../fixtures/tinyGraph';

const review = { kind: 'review' } as const;
const query = { from: 'hsp70', to: 'caf-activation', k: 5, maxHops: 5, undirected: false, effect: null };

describe('state slices through createAppStore()', () => {
  describe('graph', () => {
    it('should start empty, and reset the view when a graph is opened', () => {
      const store = createAppStore();
      expect(store.getState().graph.nodes).toEqual([]);
      store.getState().select({ kind: 'node', id: 'tgfb' });
      store.getState().updateCriteria({ signs: [1] });
      store.getState().setPathQuery(query);
      store.getState().requestLayout('layered');
      store.getState().setGraph(tinyGraph(), { kind: 'file', name: 'tiny.json' });
      const s = store.getState();
      expect(s.origin).toEqual({ kind: 'file', name: 'tiny.json' });
      expect([s.selection, s.criteria, s.pathQuery, s.layout, s.layoutRequest, s.canvasRequest]).toEqual([null, {}, null, 'precomputed', null, null]);
    });
  });

  describe('selection', () => {
    it('should ask the canvas to frame a selected node with its neighbours, unless told not to', () => {
      const store = createAppStore();
      store.getState().select({ kind: 'node', id: 'tgfb' }, { frame: false });
      expect(store.getState().canvasRequest).toBeNull();
      store.getState().select({ kind: 'node', id: 'hsp70' });
      store.getState().select({ kind: 'node', id: 'hsp90' });
      expect(store.getState().canvasRequest).toEqual({ seq: 2, kind: 'frame-node', id: 'hsp90' });
      store.getState().select({ kind: 'edge', id: 'hsp90--binds--hsp70' });
      store.getState().select(null);
      expect(store.getState().selection).toBeNull();
      expect(store.getState().canvasRequest?.seq).toBe(2);
    });

    it('should keep the hovered node', () => {
      const store = createAppStore();
      store.getState().hover('tgfb');
      expect(store.getState().hovered).toBe('tgfb');
      store.getState().hover(null);
      expect(store.getState().hovered).toBeNull();
    });
  });

  describe('filters', () => {
    it('should merge criteria patches and reset them', () => {
      const store = createAppStore();
      store.getState().updateCriteria({ signs: [1] });
      store.getState().updateCriteria({ hideIsolated: true });
      expect(store.getState().criteria).toEqual({ signs: [1], hideIsolated: true });
      store.getState().resetCriteria();
      expect(store.getState().criteria).toEqual({});
    });
  });

  describe('paths', () => {
    it('should start at the first result of each new query', () => {
      const store = createAppStore();
      store.getState().setPathQuery(query);
      store.getState().setActivePath(2);
      expect(store.getState().activePath).toBe(2);
      store.getState().setPathQuery({ ...query, k: 3 });
      expect(store.getState().activePath).toBe(0);
    });
  });

  describe('presentation', () => {
    it('should start at the beginning, step, and keep its place when stopped', () => {
      const store = createAppStore();
      store.getState().startPresentation('path');
      store.getState().setRevealedSteps(1);
      expect(store.getState().presentation).toEqual({ active: true, mode: 'path', revealedSteps: 1, storyIndex: 0 });
      store.getState().stopPresentation();
      expect(store.getState().presentation.active).toBe(false);
      store.getState().startPresentation('story');
      expect(store.getState().presentation).toEqual({ active: true, mode: 'story', revealedSteps: -1, storyIndex: 0 });
    });
  });

  describe('ui', () => {
    it('should keep the last five notices with distinct ids, and dismiss one', () => {
      const store = createAppStore();
      for (let i = 0; i < 7; i++) store.getState().notify({ kind: 'info', text: `n${i}` });
      const notices = store.getState().notices;
      expect(notices.map((n) => n.text)).toEqual(['n2', 'n3', 'n4', 'n5', 'n6']);
      expect(new Set(notices.map((n) => n.id)).size).toBe(5);
      store.getState().dismissNotice(notices[0].id);
      expect(store.getState().notices.map((n) => n.text)).toEqual(['n3', 'n4', 'n5', 'n6']);
    });
  });

  describe('canvas', () => {
    it('should number each request, so the canvas acts on each once', () => {
      const store = createAppStore();
      store.getState().requestFit();
      expect(store.getState().canvasRequest).toEqual({ seq: 1, kind: 'fit' });
      store.getState().requestFit();
      expect(store.getState().canvasRequest).toEqual({ seq: 2, kind: 'fit' });
      store.getState().requestViewport({ zoom: 2, pan: { x: 1, y: 2 } });
      expect(store.getState().canvasRequest).toEqual({ seq: 3, kind: 'viewport', viewport: { zoom: 2, pan: { x: 1, y: 2 } } });
      store.getState().requestCentre('tgfb');
      expect(store.getState().canvasRequest).toEqual({ seq: 4, kind: 'centre', id: 'tgfb' });
      store.getState().requestFrameIds(['tgfb', 'hsp70--inhibits--tgfb'], 'hsp70');
      expect(store.getState().canvasRequest).toEqual({ seq: 5, kind: 'frame-ids', ids: ['tgfb', 'hsp70--inhibits--tgfb'], around: 'hsp70' });
    });

    it('should be running a requested layout until the canvas says it is done', () => {
      const store = createAppStore();
      store.getState().setGraph(tinyGraph(), review);
      store.getState().requestLayout('fcose');
      expect(store.getState().layout).toBe('running');
      expect(store.getState().layoutRequest).toEqual({ seq: 1, name: 'fcose' });
      store.getState().layoutFinished('fcose');
      expect(store.getState().layout).toBe('fcose');
    });

    it('should keep the viewport the canvas reports', () => {
      const store = createAppStore();
      expect(store.getState().viewport).toBeNull();
      store.getState().viewportChanged({ zoom: 0.5, pan: { x: 3, y: 4 } });
      expect(store.getState().viewport).toEqual({ zoom: 0.5, pan: { x: 3, y: 4 } });
    });
  });
});
