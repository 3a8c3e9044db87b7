import { describe, expect, it } from 'vitest';
import { captionHeight, fitScale, MAX_CANVAS_AREA, MAX_CANVAS_SIDE, viewScale } from '../../../../src/core/export/imageSize';

const caption = { title: 'HSP70 → TLR2', lines: ['a', 'b', 'c'] };

describe('core/export/imageSize', () => {
  describe('fitScale', () => {
    it('should refuse sizes and scales that are not positive', () => {
      expect(() => fitScale(0, 100, 2, undefined)).toThrow(RangeError);
      expect(() => fitScale(100, 100, Number.NaN, undefined)).toThrow(RangeError);
    });
    it('should keep the requested scale when the picture fits', () => {
      expect(fitScale(1000, 800, 4, caption)).toBe(4);
    });
    it('should scale a picture down until it fits the canvas limits', () => {
      const scale = fitScale(12_000, 9_000, 4, caption);
      expect(scale).toBeLessThan(4);
      expect(12_000 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
      expect(12_000 * scale * (9_000 * scale + captionHeight(caption, scale))).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    });
  });
  describe('captionHeight', () => {
    it('should be zero without a caption and grow with lines and scale', () => {
      expect(captionHeight(undefined, 2)).toBe(0);
      expect(captionHeight(caption, 2)).toBe(2 * captionHeight(caption, 1));
      expect(captionHeight({ ...caption, lines: ['a'] }, 1)).toBeLessThan(captionHeight(caption, 1));
    });
  });

  describe('viewScale', () => {
    it('should give 1 and 2 for 1× and 2×, and the scale to 1920 px for "1920 px wide"', () => {
      expect(viewScale('1x', 1100)).toBe(1);
      expect(viewScale('2x', 1100)).toBe(2);
      expect(viewScale('1920', 960)).toBe(2);
      expect(viewScale('1920', 1280) * 1280).toBeCloseTo(1920);
      expect(() => viewScale('1920', 0)).toThrow(RangeError);
    });
  });
});
