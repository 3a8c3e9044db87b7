import { describe, expect, it } from 'vitest';
import { formatElapsed, parsePresenterMessage, presenterChannelName } from '../../../../src/core/story/presenterMessages';

const state = { type: 'state', presenting: true, title: 'Angiogenesis', index: 2, count: 8, caption: 'c', notes: 'n', nextCaption: null, startedAt: 1_700_000_000_000 };

describe('core/story/presenterMessages', () => {
  describe('parsePresenterMessage', () => {
    it('should refuse anything that is not a well-formed message', () => {
      for (const bad of [null, 'step', 42, {}, { type: 'step', delta: 2 }, { type: 'state' }, { ...state, index: -1 }, { ...state, caption: 'x'.repeat(5001) }, { ...state, startedAt: Infinity }]) {
        expect(parsePresenterMessage(bad)).toBeNull();
      }
    });

    it('should keep only the known fields of a state, hello and step', () => {
      expect(parsePresenterMessage({ ...state, extra: '<script>' })).toEqual(state);
      expect(parsePresenterMessage({ type: 'hello', junk: 1 })).toEqual({ type: 'hello' });
      expect(parsePresenterMessage({ type: 'step', delta: -1 })).toEqual({ type: 'step', delta: -1 });
      expect(parsePresenterMessage({ type: 'leave', delta: 1 })).toEqual({ type: 'leave' });
      expect(parsePresenterMessage({ type: 'closed' })).toEqual({ type: 'closed' });
    });
  });

  describe('presenterChannelName', () => {
    it('should refuse a missing or foreign pair id', () => {
      for (const bad of [null, '', 'abc', 'ABCDEFGH', 'abc def gh', 'x'.repeat(33), '../../etc']) expect(presenterChannelName(bad)).toBeNull();
    });

    it('should name one channel per pair', () => {
      expect(presenterChannelName('k3j9x2a1')).toBe('exonet-presenter:k3j9x2a1');
      expect(presenterChannelName('k3j9x2a1')).not.toBe(presenterChannelName('k3j9x2a2'));
    });
  });

  describe('formatElapsed', () => {
    it('should print minutes and zero-padded seconds', () => {
      expect(formatElapsed(0)).toBe('0:00');
      expect(formatElapsed(65.9)).toBe('1:05');
      expect(formatElapsed(3725)).toBe('62:05');
      expect(formatElapsed(-3)).toBe('0:00');
    });
  });
});
