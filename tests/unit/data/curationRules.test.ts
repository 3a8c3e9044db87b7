// The identity rules of the curated review (graph-data/README.md): EVs apart from exosomes,
// one statement encoded once, one type rule for drugs, the hallmarks marked canonical or
// the review's own, and the over-read edges of the first pass gone.

import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../../src/cli/loadGraph';
import { namesOf } from '../../../src/core/model/names';
import { normalizeName } from '../../../src/core/model/normalizeName';
import type { ExonetGraph, GraphEdge } from '../../../src/core/model/types';

function reviewGraph(): ExonetGraph {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) throw new Error(loaded.problems.slice(0, 10).map((p) => `${p.where}: ${p.message}`).join('\n'));
  return loaded.graph;
}

/** Small-molecule drugs and natural compounds of the review: type molecule. */
const SMALL_MOLECULE_DRUGS = ['erastin', 'ike', 'doxorubicin', 'cisplatin', 'paclitaxel', 'curcumin', 'dma'];
/** Antibodies, engineered exosomes and treatment strategies: type therapy. */
const THERAPIES = ['bevacizumab', 'trastuzumab', 'immune-checkpoint-blockade', 'adoptive-cell-therapy', 'anti-angiogenic-therapy'];

/** Hanahan and Weinberg's hallmarks of cancer among our hallmark nodes. */
const CANONICAL = ['angiogenesis', 'immune-evasion', 'resisting-cell-death', 'sustained-proliferation', 'metastasis', 'inflammation', 'deregulated-metabolism', 'replicative-immortality', 'evading-growth-suppressors'];
/** Processes the review itself calls hallmarks (abstract, Fig. 2). */
const REVIEW_OWN = ['emt', 'caf-activation', 'macrophage-polarisation', 'pre-metastatic-niche', 'therapy-resistance', 'tme-remodelling'];

/** The (refs, section) keys of an edge's cited evidence items. */
function citedKeys(edge: GraphEdge): Set<string> {
  return new Set(edge.evidence.filter((e) => e.refs.length).map((e) => `${e.section}:${[...e.refs].sort((a, b) => a - b).join(',')}`));
}

const shareStatement = (a: GraphEdge, b: GraphEdge) => [...citedKeys(a)].some((k) => citedKeys(b).has(k));

describe('graph-data identity rules', () => {
  const graph = reviewGraph();
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);

  it('should keep extracellular vesicles apart from exosomes: no EV name on exosome', () => {
    const evNames = ['EV', 'EVs', 'sEV', 'sEVs', 'small EVs', 'extracellular vesicle', 'extracellular vesicles', 'small extracellular vesicle'].map(normalizeName);
    const exosomeNames = namesOf(node.get('exosome')!).map(normalizeName);
    expect(exosomeNames.filter((n) => evNames.includes(n))).toEqual([]);
    const ev = node.get('extracellular-vesicle');
    expect(ev?.type).toBe('structure');
    expect(namesOf(ev!).map(normalizeName)).toEqual(expect.arrayContaining(['ev', 'evs', 'sev']));
    expect(graph.edges.filter((e) => e.source === 'extracellular-vesicle' || e.target === 'extracellular-vesicle').length).toBeGreaterThan(0);
  });

  it('should make stat3 and nf-kb the proteins, with a pathway node only where the text speaks of the pathway', () => {
    // The review names STAT3 as hypoxic exosome cargo and as phosphorylated, and NF-κB as a
    // factor CAFs produce and HSP70 exosomes trigger: proteins each time, so no pathway node.
    expect([node.get('stat3')?.type, node.get('nf-kb')?.type]).toEqual(['protein', 'protein']);
    for (const id of ['stat3-signalling', 'nf-kb-pathway']) if (node.has(id)) expect(node.get(id)?.type).toBe('pathway');
  });

  it('should hold each duplicate once: apoexo without apoptotic-exosome-like-vesicle, icam without cell-adhesion-molecule', () => {
    expect(['apoptotic-exosome-like-vesicle', 'cell-adhesion-molecule'].filter((id) => node.has(id))).toEqual([]);
    expect(namesOf(node.get('apoexo')!).map(normalizeName)).toContain(normalizeName('apoptotic exosome-like vesicles'));
  });

  it('should not count one statement three times: no X -> cell state and X -> hallmark for the same citation when the state reaches the hallmark in one edge', () => {
    const redundant: string[] = [];
    for (const edges of outgoing.values()) {
      const signed = new Map(edges.filter((e) => e.sign !== 0).map((e) => [e.target, e]));
      for (const [state, toState] of signed) {
        if (node.get(state)?.type !== 'cell') continue;
        for (const step of outgoing.get(state) ?? []) {
          const toHallmark = signed.get(step.target);
          if (node.get(step.target)?.type !== 'hallmark' || !toHallmark) continue;
          if (shareStatement(toState, toHallmark)) redundant.push(`${toState.id} + ${step.id} + ${toHallmark.id}`);
        }
      }
    }
    expect(redundant).toEqual([]);
  });

  it('should encode macrophage polarisation once: no cell-to-M2 differentiation beside "X induces M2" for the same citation', () => {
    const toM2 = graph.edges.filter((e) => e.target === 'm2-macrophage');
    const differentiation = toM2.filter((e) => e.relation === 'differentiates_into');
    const induced = toM2.filter((e) => e.relation !== 'differentiates_into' && e.sign !== 0);
    expect(induced.length).toBeGreaterThan(0);
    const doubled = differentiation.flatMap((d) => induced.filter((i) => shareStatement(d, i)).map((i) => `${d.id} + ${i.id}`));
    expect(doubled).toEqual([]);
    const bothWays = induced.filter((i) => {
      const direct = graph.edges.find((e) => e.source === i.source && e.target === 'macrophage-polarisation' && e.sign !== 0);
      return direct && shareStatement(i, direct);
    });
    expect(bothWays.map((e) => e.source)).toEqual([]);
  });

  it('should type small-molecule drugs as molecule and antibodies, engineered exosomes and strategies as therapy', () => {
    expect(SMALL_MOLECULE_DRUGS.map((id) => [id, node.get(id)?.type])).toEqual(SMALL_MOLECULE_DRUGS.map((id) => [id, 'molecule']));
    expect(THERAPIES.map((id) => [id, node.get(id)?.type])).toEqual(THERAPIES.map((id) => [id, 'therapy']));
    const antibodyLike = graph.nodes.filter((n) => /mab$/i.test(n.label) && n.type !== 'therapy').map((n) => n.id);
    const smallLike = graph.nodes.filter((n) => /(platin|taxel|rubicin|inib)$/i.test(n.label) && n.type !== 'molecule').map((n) => n.id);
    expect([...antibodyLike, ...smallLike]).toEqual([]);
  });

  it('should type the protein panels of Table 2 as protein with their members listed', () => {
    const panels = graph.nodes.filter((n) => /panel/i.test(n.id));
    expect(panels.length).toBeGreaterThanOrEqual(2);
    for (const panel of panels) {
      expect(panel.type, panel.id).toBe('protein');
      expect(panel.attributes?.panel, panel.id).toBe(true);
      expect(Array.isArray(panel.attributes?.members) && panel.attributes.members.length >= 2, panel.id).toBe(true);
    }
  });

  it('should mark every hallmark canonical (Hanahan and Weinberg) or the review\'s own', () => {
    const hallmarks = graph.nodes.filter((n) => n.type === 'hallmark');
    expect(hallmarks.filter((h) => typeof h.canonical !== 'boolean').map((h) => h.id)).toEqual([]);
    expect(hallmarks.filter((h) => h.canonical).map((h) => h.id).sort()).toEqual([...CANONICAL].sort());
    expect(hallmarks.filter((h) => h.canonical === false).map((h) => h.id).sort()).toEqual([...REVIEW_OWN].sort());
  });

  it('should have dropped the over-read edges of the first pass and the "cell carries X" shorthand', () => {
    const ids = new Set(graph.edges.map((e) => e.id));
    expect(['mir-21--downregulates--pten', 'caf--activates--nf-kb', 'timp-1--inhibits--mmps'].filter((id) => ids.has(id))).toEqual([]);
    expect(graph.edges.filter((e) => e.relation === 'carries' && node.get(e.source)?.type === 'cell').map((e) => e.id)).toEqual([]);
  });
});
