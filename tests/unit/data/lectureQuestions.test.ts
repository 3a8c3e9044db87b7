// Lecture questions: "how does X lead to hallmark or process Y?", written by the curators
// from the text of the review (review line given), each with the intermediate that the
// answer must pass through and a reference of one of its steps. The explorer answers with
// its default k best causal paths within the given number of steps.

import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../../src/cli/loadGraph';
import type { ExonetGraph } from '../../../src/core/model/types';
import { findPaths } from '../../../src/core/paths/findPaths';

type Question = [from: string, to: string, via: string[], ref: number, maxHops: number, line: number, curator: 'A' | 'B'];

const QUESTIONS: Question[] = [
  ['tgfb', 'pre-metastatic-niche', ['caf'], 124, 5, 506, 'A'],
  ['hypoxia', 'tde', ['hif1a', 'rab22a'], 150, 4, 620, 'A'],
  ['snare', 'exosome', ['mvb-fusion'], 54, 2, 216, 'A'],
  ['early-endosome', 'exosome', ['ilv'], 41, 3, 161, 'A'],
  ['mhc', 't-cell', ['tcr'], 82, 2, 347, 'A'],
  ['warburg-effect', 'exosome', ['acidic-ph'], 69, 4, 298, 'A'],
  ['tgfb', 'caf-activation', ['tgfb-smad'], 121, 2, 495, 'A'],
  ['caf', 'deregulated-metabolism', ['caf-exosome'], 127, 2, 519, 'A'],
  ['tspan8', 'angiogenesis', ['endothelial-cell'], 110, 2, 457, 'A'],
  ['itga6b1', 'pre-metastatic-niche', ['lung-fibroblast'], 126, 2, 512, 'A'],
  ['tde', 'caf', ['msc'], 123, 2, 498, 'A'],
  ['rab31', 'exosome', ['mvb-lysosome-fusion'], 51, 2, 205, 'A'],
  ['glut', 'deregulated-metabolism', ['warburg-effect'], 100, 2, 407, 'A'],
  ['acidic-ph', 'exosome-uptake', ['membrane-fusion'], 71, 3, 306, 'A'],
  ['starvation', 'angiogenesis', ['mmp-13'], 34, 2, 315, 'A'],
  ['ilv', 'exosome', ['mvb-fusion'], 42, 3, 164, 'A'],
  ['tgfb', 'angiogenesis', ['m2-macrophage'], 133, 2, 551, 'B'],
  ['hsp70', 'immune-evasion', ['mdsc'], 209, 3, 891, 'B'],
  ['kras', 'sustained-proliferation', ['m2-macrophage'], 180, 2, 769, 'B'],
  ['hypoxia', 'therapy-resistance', ['hypoxic-exosome'], 152, 2, 625, 'B'],
  ['s100a4', 'metastasis', ['stat3'], 226, 2, 990, 'B'],
  ['tde', 'metastasis', ['pre-metastatic-niche'], 215, 2, 921, 'B'],
  ['nkg2d-ligands', 'immune-evasion', ['nkg2d'], 197, 2, 841, 'B'],
  ['ferroptosis', 'sustained-proliferation', ['macrophage-polarisation'], 180, 2, 765, 'B'],
  ['fibronectin', 'metastasis', ['emt'], 221, 2, 967, 'B'],
  ['hypoxia', 'gd-t-cell', ['mdsc'], 211, 3, 897, 'B'],
  ['ike', 'sustained-proliferation', ['ferroptosis'], 181, 2, 773, 'B'],
  ['tde', 'adcc', ['trastuzumab'], 273, 2, 1125, 'B'],
  ['survivin', 'resisting-cell-death', ['apoptosis'], 165, 2, 683, 'B'],
  ['prominin-2', 'resisting-cell-death', ['ferroptosis'], 179, 2, 762, 'B'],
];

function reviewGraph(): ExonetGraph {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) throw new Error(loaded.problems.slice(0, 10).map((p) => `${p.where}: ${p.message}`).join('\n'));
  return loaded.graph;
}

describe('graph-data lecture questions', () => {
  const graph = reviewGraph();

  it('should hold at least a dozen questions from both halves of the review', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(QUESTIONS.map((q) => q[6]))).toEqual(new Set(['A', 'B']));
  });

  it.each(QUESTIONS)('path %s -> %s passes through %j citing [%i] within %i hops (review line %i, curator %s)', (from, to, via, ref, maxHops) => {
    const paths = findPaths(graph, from, to, { maxHops });
    const answers = paths.filter((p) => via.every((id) => p.nodes.slice(1, -1).includes(id)) && p.refs.includes(ref));
    expect(paths.length, `no causal path from ${from} to ${to} within ${maxHops} hops`).toBeGreaterThan(0);
    expect(answers.map((p) => p.nodes.join(' > ')), `best paths: ${paths.map((p) => p.nodes.join(' > ')).join(' | ')}`).not.toEqual([]);
  });

  it('should answer the CAF question through fibroblast differentiation, a causal step', () => {
    const [best] = findPaths(graph, 'tgfb', 'pre-metastatic-niche');
    expect(best.steps.some((s) => s.to === 'caf' && s.edges.some((id) => id.includes('--differentiates_into--')) && s.sign === 1)).toBe(true);
  });
});
