// Counts that describe a graph: nodes by type, edges by relation, references cited in
// each section and the references never cited.

import type { ExonetGraph, Evidence } from '../model/types';
import { referenceRangeOf } from '../model/sections';

export interface GraphStats {
  nodes: number;
  edges: number;
  evidenceItems: number;
  nodesByType: Record<string, number>;
  edgesByRelation: Record<string, number>;
  /** Section slug -> the distinct reference numbers cited in evidence from that section. */
  refsBySection: Record<string, number[]>;
  /** Section slug -> the number of evidence items from that section. */
  evidenceBySection: Record<string, number>;
  cited: number[];
  neverCited: number[];
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

export function allEvidence(graph: ExonetGraph): Evidence[] {
  return [...graph.nodes.flatMap((n) => n.evidence ?? []), ...graph.edges.flatMap((e) => e.evidence)];
}

export function computeGraphStats(graph: ExonetGraph): GraphStats {
  const nodesByType: Record<string, number> = {};
  const edgesByRelation: Record<string, number> = {};
  const evidenceBySection: Record<string, number> = {};
  const sectionRefs = new Map<string, Set<number>>();
  for (const node of graph.nodes) count(nodesByType, node.type);
  for (const edge of graph.edges) count(edgesByRelation, edge.relation);
  const evidence = allEvidence(graph);
  const cited = new Set<number>();
  for (const item of evidence) {
    count(evidenceBySection, item.section);
    const refs = sectionRefs.get(item.section) ?? new Set<number>();
    for (const r of item.refs) {
      refs.add(r);
      cited.add(r);
    }
    sectionRefs.set(item.section, refs);
  }
  const neverCited: number[] = [];
  // Without a declared count, the numbers up to the highest cited one.
  const last = referenceRangeOf(graph.source).max ?? Math.max(0, ...cited);
  for (let n = 1; n <= last; n++) if (!cited.has(n)) neverCited.push(n);
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    evidenceItems: evidence.length,
    nodesByType,
    edgesByRelation,
    refsBySection: Object.fromEntries([...sectionRefs].map(([s, refs]) => [s, [...refs].sort((a, b) => a - b)])),
    evidenceBySection,
    cited: [...cited].sort((a, b) => a - b),
    neverCited,
  };
}

/** Compresses sorted numbers into ranges: [1,2,3,7] -> "1-3, 7". */
export function formatNumberRanges(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    parts.push(j > i ? `${numbers[i]}-${numbers[j]}` : String(numbers[i]));
    i = j;
  }
  return parts.join(', ');
}
