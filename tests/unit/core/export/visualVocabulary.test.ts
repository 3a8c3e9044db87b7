import { describe, expect, it } from 'vitest';
import { contrastRatio, perceivedDistance, relativeLuminance } from '../../../../src/core/export/colourContrast';
import { NODE_TYPE_VISUALS, SIGN_VISUALS, THEME_BACKGROUNDS, THEME_EDGE_COLOURS, THEME_NODE_COLOURS, signKindOf } from '../../../../src/core/export/visualVocabulary';
import { NODE_TYPES } from '../../../../src/core/model/types';

describe('core/export/visualVocabulary', () => {
  describe('NODE_TYPE_VISUALS', () => {
    it('should give every node type a colour and a shape of its own', () => {
      expect(Object.keys(NODE_TYPE_VISUALS).sort()).toEqual([...NODE_TYPES].sort());
      const looks = Object.values(NODE_TYPE_VISUALS);
      for (const look of looks) expect(look.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(new Set(looks.map((l) => l.color)).size).toBe(NODE_TYPES.length);
      expect(new Set(looks.map((l) => l.shape)).size).toBe(NODE_TYPES.length);
    });
  });

  describe('signKindOf', () => {
    it('should tell the three signs apart by arrow, not by colour alone', () => {
      expect([1, -1, 0].map((s) => signKindOf(s as 1 | -1 | 0))).toEqual(['activation', 'inhibition', 'neutral']);
      expect(new Set(Object.values(SIGN_VISUALS).map((v) => `${v.arrow} ${v.lineStyle}`)).size).toBe(3);
    });
  });
});

describe('colour contrast of the palettes (WCAG 1.4.11) and colour-blind viewers', () => {
  const themes = ['light', 'dark', 'projector'] as const;

  it('should keep every node colour at least 3:1 against its theme background', () => {
    const weak = themes.flatMap((t) =>
      NODE_TYPES.map((type) => ({ t, type, ratio: contrastRatio(THEME_NODE_COLOURS[t][type], THEME_BACKGROUNDS[t]) })).filter((x) => x.ratio < 3),
    );
    expect(weak).toEqual([]);
  });

  it('should keep every edge colour at least 3:1 against its theme background', () => {
    const weak = themes.flatMap((t) => Object.entries(THEME_EDGE_COLOURS[t]).filter(([, c]) => contrastRatio(c, THEME_BACKGROUNDS[t]) < 3).map(([k]) => `${t} ${k}`));
    expect(weak).toEqual([]);
  });

  it('should keep activation and inhibition far apart in colour for deuteranopes and protanopes', () => {
    for (const t of themes) {
      const { activation, inhibition } = THEME_EDGE_COLOURS[t];
      for (const vision of ['normal', 'deuteranopia', 'protanopia'] as const) {
        expect(perceivedDistance(activation, inhibition, vision), `${t} ${vision}`).toBeGreaterThan(40);
      }
    }
  });

  it('should tell node types apart by colour within each theme', () => {
    for (const t of themes) {
      const colours = NODE_TYPES.map((type) => THEME_NODE_COLOURS[t][type]);
      let closest = Infinity;
      colours.forEach((a, i) => colours.slice(i + 1).forEach((b) => { closest = Math.min(closest, perceivedDistance(a, b)); }));
      expect(closest, t).toBeGreaterThan(15);
    }
  });
});

describe('core/export/colourContrast', () => {
  it('should refuse a colour that is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/not a #rrggbb colour/);
  });

  it('should give the WCAG ratios of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 3);
  });

  it('should make red and green look alike to a deuteranope but not to a normal viewer', () => {
    expect(perceivedDistance('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(perceivedDistance('#d62728', '#2ca02c') / 2);
    expect(perceivedDistance('#123456', '#123456', 'protanopia')).toBe(0);
  });
});
