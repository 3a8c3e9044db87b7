import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../../../src/core/model/vocabulary';
import { bracketRefs, countOf, edgeSentence, edgeStatement, joinPhrases, nodeStatement, refsPhrase, relationPhrase, RELATION_PHRASES } from '../../../../src/core/words/phrases';

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

  describe('edgeStatement, nodeStatement and bracketRefs', () => {
    const label = (id: string) => ({ tgfb: 'TGFβ', fib: 'fibroblast' })[id] ?? id;
    const claim = (refs: number[], hedge?: string) => ({ refs, section: 's', claim: 'c', ...(hedge ? { certainty: 'hedged' as const, hedge } : {}) });

    it('should say an edge with its references, each once and ascending, and how sure the review is', () => {
      const edge = { source: 'tgfb', target: 'fib', relation: 'activates' };
      expect(edgeStatement({ ...edge, evidence: [claim([109, 108]), claim([108])] }, label)).toBe('TGFβ activates fibroblast [108, 109]');
      expect(edgeStatement({ ...edge, evidence: [claim([12], 'may'), claim([13], 'is thought')] }, label)).toBe('TGFβ activates fibroblast [12, 13] (hedged: “may”, “is thought”)');
      expect(edgeStatement({ ...edge, evidence: [claim([12], 'may'), claim([13])] }, label)).toBe('TGFβ activates fibroblast [12, 13] (partly hedged)');
      expect(edgeStatement({ ...edge, evidence: [claim([])] }, label)).toBe('TGFβ activates fibroblast uncited');
      expect(bracketRefs([1])).toBe('[1]');
    });

    it('should say a node with its type and connections, agreeing in number', () => {
      expect(nodeStatement({ label: 'HSP70', type: 'protein' }, 12)).toBe('HSP70, protein, 12 connections');
      expect(nodeStatement({ label: 'hypoxia', type: 'condition' }, 1)).toBe('hypoxia, condition, 1 connection');
    });
  });
});
