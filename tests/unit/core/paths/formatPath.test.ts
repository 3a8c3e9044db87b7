import { describe, expect, it } from 'vitest';
import { createPathIndex, findPaths } from '../../../../src/core/paths/findPaths';
import { citePath, netEffectOf, pathToCitedText, pathToText } from '../../../../src/core/paths/formatPath';
import type { PathResult } from '../../../../src/core/paths/pathTypes';
import { pathCaption } from '../../../../src/core/export/caption';
import { tinyGraph } from './tinyGraph';

const graph = {
  ...tinyGraph(['hsp70 -activates-> tlr2 [45,46]', 'tlr2 -activates-> mdsc [46]', 'mdsc -promotes-> evasion [80]', 'mdsc -carries-> evasion']),
  references: [{ n: 46, text: 'Chalmin F, et al. J Clin Invest. 2010;120:457', doi: '10.1172/JCI40483' }],
};
graph.nodes.find((n) => n.id === 'tlr2')!.label = 'TLR2 signalling';

describe('core/paths/formatPath', () => {
  const [path] = findPaths(graph, 'hsp70', 'evasion');

  describe('pathToText', () => {
    it('should fall back to ids for a path from another graph', () => {
      const foreign: PathResult = { nodes: ['x', 'y'], edges: ['gone'], steps: [{ from: 'x', to: 'y', edges: ['gone'], sign: 1 }], sign: 1, refs: [], hops: 1 };
      expect(pathToText(graph, foreign)).toBe('x -- y');
    });

    it('should write the chain with the relation of each step', () => {
      expect(pathToText(graph, path)).toBe('HSP70 -activates-> TLR2 signalling -activates-> MDSC -promotes-> EVASION');
    });

    it('should show the direction of each edge in an undirected path, and join parallel relations', () => {
      const [back] = findPaths(graph, 'evasion', 'tlr2', { mode: 'undirected' });
      expect(pathToText(createPathIndex(graph), back)).toBe('EVASION <-promotes/carries- MDSC <-activates- TLR2 signalling');
    });
  });

  describe('netEffectOf', () => {
    it('should name the net effect of signed, conflicting and unsigned paths', () => {
      expect(netEffectOf(graph, path)).toBe('promotes');
      const g = tinyGraph(['a -activates-> b', 'a -inhibits-> b', 'b -inhibits-> c', 'c -binds-> d']);
      expect(netEffectOf(g, findPaths(g, 'b', 'c')[0])).toBe('suppresses');
      expect(netEffectOf(g, findPaths(g, 'a', 'c')[0])).toBe('mixed');
      expect(netEffectOf(g, findPaths(g, 'b', 'd', { mode: 'undirected' })[0])).toBe('unsigned');
    });
  });

  describe('citePath', () => {
    it('should number the references in order of first use, one line per edge', () => {
      const cited = citePath(graph, path);
      expect(cited.lines).toEqual([
        { text: 'HSP70 activates TLR2 signalling', refs: [45, 46], citations: [1, 2] },
        { text: 'TLR2 signalling activates MDSC', refs: [46], citations: [2] },
        { text: 'MDSC promotes EVASION', refs: [80], citations: [3] },
      ]);
      expect(cited.citations.map((c) => [c.citation, c.n])).toEqual([[1, 45], [2, 46], [3, 80]]);
      expect(cited.citations[1]).toMatchObject({ text: 'Chalmin F, et al. J Clin Invest. 2010;120:457', url: 'https://doi.org/10.1172/JCI40483' });
      expect(cited.citations[0]).toMatchObject({ text: 'reference 45 in Doe J. Tiny review. 2024', url: 'https://doi.org/10.1/tiny#ref-CR45' });
    });
  });

  describe('pathToCitedText', () => {
    it('should give the chain, the cited statements and the reference list', () => {
      expect(pathToCitedText(graph, path)).toBe(
        [
          'HSP70 -activates-> TLR2 signalling -activates-> MDSC -promotes-> EVASION (promotes)',
          '',
          'HSP70 activates TLR2 signalling [1, 2]',
          'TLR2 signalling activates MDSC [2]',
          'MDSC promotes EVASION [3]',
          '',
          'References',
          '[1] reference 45 in Doe J. Tiny review. 2024 https://doi.org/10.1/tiny#ref-CR45',
          '[2] Chalmin F, et al. J Clin Invest. 2010;120:457 https://doi.org/10.1172/JCI40483',
          '[3] reference 80 in Doe J. Tiny review. 2024 https://doi.org/10.1/tiny#ref-CR80',
          '',
        ].join('\n'),
      );
    });
  });

  describe('pathCaption', () => {
    it('should put the author-year of an attached entry beside its number, with the full entry', () => {
      const named = { ...graph, references: [{ ...graph.references[0], authors: ['Chalmin', 'Mignot', 'Bruchard'], year: 2010 }] };
      expect(pathCaption(named, path).lines.slice(3, 6)).toEqual([
        '[1] ref. 45 of the review',
        '[2] Chalmin et al. 2010 (ref. 46 of the review): Chalmin F, et al. J Clin Invest. 2010;120:457',
        '[3] ref. 80 of the review',
      ]);
      expect(citePath(named, path).citations[1].short).toBe('Chalmin et al. 2010');
    });
  });
});
