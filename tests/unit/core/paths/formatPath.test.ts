import { describe, expect, it } from 'vitest';
import { pathCaption } from '../../../../src/core/export/caption';
import { createPathIndex, findPaths } from '../../../../src/core/paths/findPaths';
import { effectLine, netEffectOf, pathChain, pathToCitedText, pathToText, stepStatements } from '../../../../src/core/paths/formatPath';
import type { PathResult } from '../../../../src/core/paths/pathTypes';
import { stepCaption } from '../../../../src/core/paths/stepCaption';
import { tinyGraph } from './tinyGraph';

const graph = {
  ...tinyGraph(['hsp70 -activates-> tlr2 [45,46]', 'tlr2 -activates-> mdsc [46]', 'mdsc -promotes-> evasion [80]', 'mdsc -carries-> evasion']),
  references: [{ n: 46, text: 'Chalmin F, et al. J Clin Invest. 2010;120:457', doi: '10.1172/JCI40483' }],
};
graph.nodes.find((n) => n.id === 'tlr2')!.label = 'TLR2 signalling';

// CAF increases the release of TGFβ, and TGFβ induces angiogenesis: walking from TGFβ to
// CAF goes against the first edge.
const caf = tinyGraph(['caf -increases_release-> tgfb [133]', 'caf -promotes-> angio [202,203]', 'tgfb -activates-> x [7]', 'x -inhibits-> angio [8]']);
for (const [id, label] of [['caf', 'CAF'], ['tgfb', 'TGFβ'], ['angio', 'angiogenesis']]) caf.nodes.find((n) => n.id === id)!.label = label;

describe('core/paths/formatPath', () => {
  const [path] = findPaths(graph, 'hsp70', 'evasion');
  const [mixed] = findPaths(caf, 'tgfb', 'angio', { mode: 'undirected' }).filter((p) => p.nodes.includes('caf'));

  describe('pathToText', () => {
    it('should fall back to ids for a path from another graph', () => {
      const foreign: PathResult = { nodes: ['x', 'y'], edges: ['gone'], steps: [{ from: 'x', to: 'y', edges: ['gone'], sign: 1, backward: false, hedged: false }], sign: 1, backwardSteps: 0, refs: [], hops: 1, hedged: 0 };
      expect(pathToText(graph, foreign)).toBe('x → y');
      expect(pathChain(graph, foreign)).toBe('x → y');
    });

    it('should draw each arrow as the data has it', () => {
      expect(pathToText(graph, path)).toBe('HSP70 → TLR2 signalling → MDSC → EVASION');
      expect(pathToText(caf, mixed)).toBe('TGFβ ← CAF → angiogenesis');
      const g = tinyGraph(['a -activates-> b', 'b -binds-> a']);
      expect(pathToText(g, findPaths(g, 'a', 'b', { mode: 'undirected' })[0])).toBe('A ↔ B');
    });

    it('should list the labels in walking order joined by arrows for the path list', () => {
      expect(pathChain(caf, mixed)).toBe('TGFβ → CAF → angiogenesis');
    });
  });

  describe('stepStatements', () => {
    it('should state every step in the true direction of its edges, in plain words', () => {
      expect(stepStatements(caf, mixed.steps[0])).toEqual([
        { text: 'CAF increases the release of TGFβ', backward: true, edges: ['caf--increases_release--tgfb-0'], refs: [133] },
      ]);
      expect(stepStatements(caf, mixed.steps[1])).toEqual([
        { text: 'CAF promotes angiogenesis', backward: false, edges: ['caf--promotes--angio-1'], refs: [202, 203] },
      ]);
    });

    it('should join parallel relations and split the two directions of one step', () => {
      const [back] = findPaths(graph, 'evasion', 'mdsc', { mode: 'undirected' });
      expect(stepStatements(createPathIndex(graph), back.steps[0]).map((s) => [s.text, s.backward])).toEqual([['MDSC promotes and carries EVASION', true]]);
      const g = tinyGraph(['a -activates-> b [1]', 'b -part_of-> a [2]']);
      const [both] = findPaths(g, 'a', 'b', { mode: 'undirected' });
      expect(stepStatements(g, both.steps[0]).map((s) => s.text)).toEqual(['A activates B', 'B is part of A']);
    });
  });

  describe('netEffectOf', () => {
    it('should name promoting, suppressing, conflicting and non-causal paths', () => {
      expect(netEffectOf(graph, path)).toBe('promotes');
      const g = tinyGraph(['a -activates-> b', 'a -inhibits-> b', 'b -inhibits-> c', 'c -binds-> d']);
      expect(netEffectOf(g, findPaths(g, 'b', 'c')[0])).toBe('suppresses');
      expect(netEffectOf(g, findPaths(g, 'a', 'c')[0])).toBe('conflicting-evidence');
      expect(netEffectOf(g, findPaths(g, 'b', 'd', { mode: 'undirected' })[0])).toBe('non-causal');
    });

    it('should call a path with a step walked against its edge "mixed direction", never "promotes"', () => {
      // Both edges are activating: a naive product of signs would claim "promotes".
      const g = tinyGraph(['b -activates-> a', 'b -activates-> c']);
      const [p] = findPaths(g, 'a', 'c', { mode: 'undirected' });
      expect(netEffectOf(g, p)).toBe('mixed-direction');
      expect(effectLine(g, p)).toBe('mixed direction (1 step walked against its edge)');
      expect(netEffectOf(caf, mixed)).toBe('mixed-direction');
    });
  });

  describe('pathToCitedText', () => {
    it('should give the chain, the effect, the statements and the review’s own reference numbers', () => {
      expect(pathToCitedText(graph, path)).toBe(
        [
          'HSP70 → TLR2 signalling → MDSC → EVASION',
          'Effect: promotes · 3 steps · 3 references',
          '',
          '1. HSP70 activates TLR2 signalling [45, 46]',
          '2. TLR2 signalling activates MDSC [46]',
          '3. MDSC promotes EVASION [80]',
          '',
          'References (numbers of the review’s reference list)',
          '45. reference 45 in Doe J. Tiny review. 2024 https://doi.org/10.1/tiny#ref-CR45',
          '46. Chalmin F, et al. J Clin Invest. 2010;120:457 https://doi.org/10.1172/JCI40483',
          '80. reference 80 in Doe J. Tiny review. 2024 https://doi.org/10.1/tiny#ref-CR80',
          '',
        ].join('\n'),
      );
    });

    it('should say "mixed direction" and mark the step against the path', () => {
      const text = pathToCitedText(caf, mixed);
      expect(text).toContain('Effect: mixed direction (1 step walked against its edge) · 2 steps · 3 references');
      expect(text).toContain('1. CAF increases the release of TGFβ (against the path’s direction) [133]');
      expect(text).not.toMatch(/promotes ·|_|-\w+->/);
    });

    it('should agree in number: "1 step", "1 reference"', () => {
      const g = tinyGraph(['a -activates-> b [9]']);
      expect(pathToCitedText(g, findPaths(g, 'a', 'b')[0])).toContain('Effect: promotes · 1 step · 1 reference');
    });
  });

  describe('captions', () => {
    it('should caption a picture with plain phrases and the review’s own reference numbers', () => {
      const caption = pathCaption(caf, mixed);
      expect(caption.title).toBe('TGFβ ← CAF → angiogenesis: mixed direction (1 step walked against its edge)');
      expect(caption.lines[0]).toBe('CAF increases the release of TGFβ (against the path’s direction) [133]');
      expect(caption.lines.slice(-2)).toEqual(['Doe 2024, refs 133, 202, 203', 'Source: Doe J. Tiny review. 2024. doi:10.1/tiny']);
      expect(caption.lines.join('\n')).not.toMatch(/\[1\]|_/);
    });

    it('should caption a presentation step in the true direction of its edge', () => {
      expect(stepCaption(caf, mixed, 0)?.statement).toBe('CAF increases the release of TGFβ (against the path’s direction)');
      expect(stepCaption(caf, mixed, 1)).toMatchObject({ position: 'Step 2 of 2', statement: 'CAF promotes angiogenesis' });
    });
  });
});
