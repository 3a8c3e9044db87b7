import { describe, expect, it } from 'vitest';
import { createNameIndex } from '../../../../src/core/model/findNodes';
import { normalizeName } from '../../../../src/core/model/normalizeName';
import type { GraphNode } from '../../../../src/core/model/types';

const nodes: GraphNode[] = [
  { id: 'tgfb', label: 'TGFβ', type: 'protein', aliases: ['TGF-beta', 'TGFB1', 'transforming growth factor beta'] },
  { id: 'tgfb-smad', label: 'TGFβ/SMAD signalling', type: 'pathway' },
  { id: 'nf-kb', label: 'NF-κB signalling', type: 'pathway', aliases: ['NF-kB'] },
  { id: 'hif1a', label: 'HIF-1α', type: 'protein' },
  { id: 'hsp70', label: 'HSP70', type: 'protein' },
  { id: 'hsp90', label: 'HSP90', type: 'protein' },
  { id: 'cd63', label: 'CD63', type: 'protein' },
  { id: 'cd63-cell', label: 'CD63+ cell', type: 'cell', aliases: ['CD63-positive cell'] },
];
const index = createNameIndex(nodes);

describe('core/model/findNodes', () => {
  describe('normalizeName', () => {
    it('should ignore case, spaces, hyphens, slashes and dots', () => {
      expect(normalizeName(' PI3K / Akt ')).toBe(normalizeName('pi3k-akt'));
      expect(normalizeName('N.F.-k.B')).toBe('nfkb');
    });
    it('should equate Greek letters with their spelled names', () => {
      expect(normalizeName('TGF-β')).toBe(normalizeName('tgf beta'));
      expect(normalizeName('HIF-1α')).toBe('hif1alpha');
      expect(normalizeName('NF-κB')).toBe('nfkappab');
      expect(normalizeName('IFN-γ')).toBe('ifngamma');
      expect(normalizeName('PKCδ')).toBe('pkcdelta');
    });
  });

  describe('resolve', () => {
    it('should report an empty or unknown name as unknown', () => {
      expect(index.resolve('').kind).toBe('unknown');
      expect(index.resolve('   ').kind).toBe('unknown');
      expect(index.resolve('dragon')).toEqual({ kind: 'unknown', query: 'dragon', suggestions: [] });
    });
    it('should find a node by label, alias or id whatever the spelling', () => {
      for (const q of ['TGFβ', 'tgf-beta', 'TGF beta', 'TGFB1', 'tgfb', 'Transforming Growth Factor Beta']) {
        expect(index.resolve(q)).toMatchObject({ kind: 'found', node: { id: 'tgfb' } });
      }
      expect(index.resolve('hif-1 alpha')).toMatchObject({ kind: 'found', node: { id: 'hif1a' } });
      expect(index.resolve('nf kappa b signalling')).toMatchObject({ kind: 'found', node: { id: 'nf-kb' } });
    });
    it('should let an exact match win over longer names that start with it', () => {
      expect(index.resolve('CD63')).toMatchObject({ kind: 'found', node: { id: 'cd63' } });
    });
    it('should report equally good matches as an ambiguity with the candidates', () => {
      const r = index.resolve('HSP');
      expect(r.kind).toBe('ambiguous');
      if (r.kind === 'ambiguous') expect(r.candidates.map((n) => n.id).sort()).toEqual(['hsp70', 'hsp90']);
    });
    it('should accept a unique prefix', () => {
      expect(index.resolve('HSP7')).toMatchObject({ kind: 'found', node: { id: 'hsp70' } });
    });
  });

  describe('search', () => {
    it('should return nothing for text without letters or digits', () => {
      expect(index.search('- / .')).toEqual([]);
    });
    it('should rank exact, then prefix, then word, then substring matches', () => {
      const ids = index.search('tgf').map((m) => m.node.id);
      expect(ids.slice(0, 2).sort()).toEqual(['tgfb', 'tgfb-smad']);
      expect(index.search('smad').map((m) => m.node.id)).toEqual(['tgfb-smad']);
      expect(index.search('signalling').map((m) => m.node.id).sort()).toEqual(['nf-kb', 'tgfb-smad']);
    });
    it('should respect the limit', () => {
      expect(index.search('h', 1)).toHaveLength(1);
    });
  });

  describe('search with preferred types', () => {
    const hallmarks = createNameIndex([
      { id: 'angiogenin', label: 'angiogenin', type: 'protein' },
      { id: 'angiogenesis', label: 'angiogenesis', type: 'hallmark' },
      { id: 'angio-therapy', label: 'anti-angiogenic therapy', type: 'therapy' },
      { id: 'vegf', label: 'VEGF', type: 'protein' },
      { id: 'vegf-pathway', label: 'VEGF signalling', type: 'pathway', aliases: ['VEGF'] },
    ]);
    it('should rank the preferred types first, after exact matches', () => {
      expect(hallmarks.search('angio').map((m) => m.node.id)[0]).toBe('angiogenin');
      expect(hallmarks.search('angio', 5, { preferTypes: ['hallmark'] }).map((m) => m.node.id)).toEqual(['angiogenesis', 'angiogenin', 'angio-therapy']);
      expect(hallmarks.search('vegf', 5, { preferTypes: ['hallmark'] }).map((m) => m.rank)).toEqual([0, 0]);
    });
  });
});
