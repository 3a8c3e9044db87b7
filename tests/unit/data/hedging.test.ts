// Hedged evidence in the curated review: every item marked `certainty: "hedged"` sits on a
// sentence that the review hedges (tests/fixtures/hedged-sentences.json, made from the
// review text by scripts/hedge-locations.ts: locations and hedging words only), and enough
// of the evidence is marked.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../../src/cli/loadGraph';
import { findHedgeWords } from '../../../src/core/review/hedgeWords';
import type { Evidence, ExonetGraph } from '../../../src/core/model/types';

interface HedgedSentence {
  section: string;
  line: number;
  refs: number[];
  nearRefs: number[];
  hedges: string[];
}

const fixture: { sentences: number; hedged: HedgedSentence[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'hedged-sentences.json'), 'utf8'),
);

function reviewGraph(): ExonetGraph {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) throw new Error(loaded.problems.slice(0, 10).map((p) => `${p.where}: ${p.message}`).join('\n'));
  return loaded.graph;
}

function allEvidence(graph: ExonetGraph): Array<{ owner: string; item: Evidence }> {
  return [
    ...graph.nodes.flatMap((n) => (n.evidence ?? []).map((item) => ({ owner: `node ${n.id}`, item }))),
    ...graph.edges.flatMap((e) => e.evidence.map((item) => ({ owner: `edge ${e.id}`, item }))),
  ];
}

/** The hedged sentences of the review that an item may rest on: same section, and a
 * reference in common when the item cites any (a sentence without a citation of its own is
 * matched by the references of the sentences around it). */
export function sentencesFor(item: Evidence, hedged: readonly HedgedSentence[]): HedgedSentence[] {
  return hedged.filter((s) => {
    if (s.section !== item.section) return false;
    if (!item.refs.length) return true;
    const refs = new Set(s.refs.length ? s.refs : s.nearRefs);
    return item.refs.some((r) => refs.has(r));
  });
}

describe('graph-data hedging', () => {
  const graph = reviewGraph();
  const evidence = allEvidence(graph);

  it('should have a fixture of hedged sentences that holds locations only', () => {
    expect(fixture.hedged.length).toBeGreaterThan(20);
    for (const s of fixture.hedged) {
      expect(Object.keys(s).sort()).toEqual(['hedges', 'line', 'nearRefs', 'refs', 'section']);
      for (const word of s.hedges) expect(findHedgeWords(word)).toEqual([word]);
    }
  });

  it('should put every hedged item on a sentence of its section that the review hedges with those words', () => {
    const wrong: string[] = [];
    for (const { owner, item } of evidence.filter((e) => e.item.certainty === 'hedged')) {
      const words = findHedgeWords(item.hedge ?? '');
      const where = `${owner} (${item.section} [${item.refs.join(', ')}], hedge ${JSON.stringify(item.hedge)})`;
      if (!words.length) {
        wrong.push(`${where}: the hedge names no hedging word`);
        continue;
      }
      const candidates = sentencesFor(item, fixture.hedged);
      if (!candidates.length) wrong.push(`${where}: no hedged sentence of the section cites these references`);
      else if (!candidates.some((s) => words.every((w) => s.hedges.includes(w)))) {
        wrong.push(`${where}: the sentences at lines ${candidates.map((s) => s.line).join(', ')} hedge with ${[...new Set(candidates.flatMap((s) => s.hedges))].join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('should mark at least 10% of the evidence items as hedged', () => {
    const hedged = evidence.filter((e) => e.item.certainty === 'hedged').length;
    expect(hedged / evidence.length).toBeGreaterThanOrEqual(0.1);
  });
});
