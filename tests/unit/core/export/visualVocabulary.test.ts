import { describe, expect, it } from 'vitest';
import { NODE_TYPE_VISUALS, SIGN_VISUALS, signKindOf } from '../../../../src/core/export/visualVocabulary';
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
