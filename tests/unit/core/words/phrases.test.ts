import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../../../src/core/model/vocabulary';
import { countOf, edgeSentence, joinPhrases, refsPhrase, relationPhrase, RELATION_PHRASES } from '../../../../src/core/words/phrases';

describe('core/words/phrases', () => {
  describe('relationPhrase', () => {
    it('should read an unknown relation as words, never as an id', () => {
      expect(relationPhrase('co_occurs_with')).toEqual({ forward: 'co occurs with', backward: 'is linked by "co occurs with" to' });
      expect(relationPhrase('')).toMatchObject({ forward: 'is linked to' });
    });

    it('should have both directions in plain words for every relation of the format', () => {
      for (const relation of RELATIONS) {
        const phrase = RELATION_PHRASES[relation];
        expect(phrase, relation).toBeDefined();
        expect(`${phrase.forward} ${phrase.backward}`).not.toMatch(/_/);
      }
      expect(relationPhrase('increases_release')).toEqual({ forward: 'increases the release of', backward: 'is released more because of' });
      expect(relationPhrase('carries').backward).toBe('is carried by');
      expect(relationPhrase('differentiates_into').forward).toBe('differentiates into');
      expect(relationPhrase('part_of').forward).toBe('is part of');
    });
  });

  describe('edgeSentence and joinPhrases', () => {
    it('should state an edge in its own direction', () => {
      const label = (id: string) => ({ caf: 'CAF', tgfb: 'TGFβ' })[id] ?? id;
      expect(edgeSentence({ source: 'caf', target: 'tgfb', relation: 'increases_release' }, label)).toBe('CAF increases the release of TGFβ');
    });
    it('should join distinct phrases with commas and "and"', () => {
      expect(joinPhrases(['activates'])).toBe('activates');
      expect(joinPhrases(['activates', 'activates', 'induces'])).toBe('activates and induces');
      expect(joinPhrases(['a', 'b', 'c'])).toBe('a, b and c');
      expect(joinPhrases([])).toBe('');
    });
  });

  describe('countOf and refsPhrase', () => {
    it('should agree in number', () => {
      expect(countOf(1, 'reference')).toBe('1 reference');
      expect(countOf(3, 'reference')).toBe('3 references');
      expect(countOf(0, 'path')).toBe('0 paths');
      expect(countOf(2, 'evidence item')).toBe('2 evidence items');
      expect(countOf(2, 'step walked against its edge')).toBe('2 steps walked against their edges');
    });
    it('should keep the review’s own reference numbers', () => {
      expect(refsPhrase([133, 202, 203])).toBe('refs 133, 202, 203');
      expect(refsPhrase([12])).toBe('ref 12');
      expect(refsPhrase([])).toBe('no references');
    });
  });
});
