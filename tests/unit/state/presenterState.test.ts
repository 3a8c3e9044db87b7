import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/core/story/story';
import { presenterStateOf } from '../../../src/state/presenterState';
import { createAppStore } from '../../../src/state/store';
import { tinyGraph } from '../fixtures/tinyGraph';

const lecture: Story = {
  format: 'exonet-story', version: 1, id: 'tiny', title: 'A tiny lecture',
  steps: [
    { caption: 'First, HSP70 [1].', view: 'sel=node:hsp70', notes: 'Say why HSP70 matters.' },
    { caption: 'Then TGFβ [2].', view: 'sel=node:tgfb' },
  ],
};

describe('state/presenterState', () => {
  describe('presenterStateOf', () => {
    it('should say nothing is presented before presenting starts', () => {
      const store = createAppStore();
      store.getState().setGraph(tinyGraph(), { kind: 'review' });
      expect(presenterStateOf(store.getState())).toMatchObject({ type: 'state', presenting: false, caption: '', nextCaption: null });
    });

    it('should give the current step with its notes, the next caption and when presenting began', () => {
      const store = createAppStore();
      store.getState().setGraph(tinyGraph(), { kind: 'review' });
      const before = Date.now();
      store.getState().startPresentation('story', lecture);
      const first = presenterStateOf(store.getState());
      expect(first).toMatchObject({ presenting: true, title: 'A tiny lecture', index: 0, count: 2, caption: 'First, HSP70 [1].', notes: 'Say why HSP70 matters.', nextCaption: 'Then TGFβ [2].' });
      expect(first.startedAt).toBeGreaterThanOrEqual(before);
      store.getState().setStoryIndex(1);
      expect(presenterStateOf(store.getState())).toMatchObject({ index: 1, caption: 'Then TGFβ [2].', notes: '', nextCaption: null, startedAt: first.startedAt });
      store.getState().stopPresentation();
      expect(presenterStateOf(store.getState()).presenting).toBe(false);
    });

    it('should walk a path from its start through each step to the closing step', () => {
      const store = createAppStore();
      store.getState().setGraph(tinyGraph(), { kind: 'review' });
      store.getState().setPathQuery({ from: 'hsp70', to: 'caf-activation', k: 5, maxHops: 5, undirected: false, effect: null });
      store.getState().startPresentation('path');
      const start = presenterStateOf(store.getState());
      expect(start.index).toBe(0);
      expect(start.count).toBeGreaterThan(2);
      expect(start.nextCaption).not.toBeNull();
      store.getState().setRevealedSteps(start.count - 2);
      const closing = presenterStateOf(store.getState());
      expect(closing.caption).toMatch(/^The whole path: /);
      expect(closing.nextCaption).toBeNull();
      expect(closing.index).toBe(start.count - 1);
    });
  });
});
