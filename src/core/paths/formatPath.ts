// Paths in words: the chain of labels, its net effect, and each step as plain statements in
// the true direction of its edges ("CAF increases the release of TGFβ"), with the review's
// own reference numbers. Used by the path finder's "Copy as text", captions and the CLI.
// Phrases come from core/words/phrases.

import { referenceUrl } from '../model/referenceUrl';
import type { ExonetGraph, GraphEdge, GraphNode } from '../model/types';
import { EFFECT_WORDS, countOf, joinPhrases, relationPhrase, type NetEffect } from '../words/phrases';
import { isPathIndex, type PathIndex } from './pathIndex';
import type { PathResult, PathStep } from './pathTypes';

export type { NetEffect } from '../words/phrases';

/** One statement of a step: the step's edges that share a direction, in their own direction. */
export interface StepStatement {
  /** "CAF increases the release of TGFβ": the edges' source first, whichever way the path walks. */
  text: string;
  /** True when these edges point against the walk (from the step's `to` to its `from`). */
  backward: boolean;
  edges: string[];
  /** The review's reference numbers of these edges, ascending. */
  refs: number[];
}

export interface Citation {
  /** The number in the review's reference list. */
  n: number;
  text: string;
  url?: string;
}

export interface Lookup {
  node(id: string): GraphNode | undefined;
  edge(id: string): GraphEdge | undefined;
  graph: ExonetGraph;
}

const lookups = new WeakMap<ExonetGraph, Lookup>();

/** Node and edge lookup by id, built once per graph. */
export function lookupOf(graph: ExonetGraph | PathIndex): Lookup {
  if (isPathIndex(graph)) {
    return { node: (id) => graph.nodes[graph.indexOf.get(id) ?? -1], edge: (id) => graph.edge(id), graph: graph.graph };
  }
  let lookup = lookups.get(graph);
  if (!lookup) {
    const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
    const edges = new Map(graph.edges.map((e) => [e.id, e]));
    lookup = { node: (id) => nodes.get(id), edge: (id) => edges.get(id), graph };
    lookups.set(graph, lookup);
  }
  return lookup;
}

const refsOf = (edges: readonly GraphEdge[]) => [...new Set(edges.flatMap((e) => e.evidence.flatMap((ev) => ev.refs)))].sort((a, b) => a - b);

/** The step's edges as statements: those along the walk first, then those against it. */
export function stepStatements(graph: ExonetGraph | PathIndex, step: PathStep): StepStatement[] {
  const lookup = lookupOf(graph);
  const label = (id: string) => lookup.node(id)?.label ?? id;
  const edges = step.edges.map((id) => lookup.edge(id)).filter((e): e is GraphEdge => e !== undefined);
  const along = edges.filter((e) => e.source === step.from);
  const against = edges.filter((e) => e.source !== step.from);
  const statement = (group: GraphEdge[], backward: boolean): StepStatement => {
    const [subject, object] = backward ? [step.to, step.from] : [step.from, step.to];
    return {
      text: `${label(subject)} ${joinPhrases(group.map((e) => relationPhrase(e.relation).forward))} ${label(object)}`,
      backward,
      edges: group.map((e) => e.id),
      refs: refsOf(group),
    };
  };
  const out: StepStatement[] = [];
  if (along.length) out.push(statement(along, false));
  if (against.length) out.push(statement(against, true));
  return out;
}

/** The labels in walking order joined by " → ", as the path list shows them. */
export function pathChain(graph: ExonetGraph | PathIndex, path: PathResult): string {
  const lookup = lookupOf(graph);
  return path.nodes.map((id) => lookup.node(id)?.label ?? id).join(' → ');
}

/** The arrow of a step as the data has it: → along the walk, ← against it, ↔ both ways. */
function stepArrow(lookup: Lookup, step: PathStep): string {
  const edges = step.edges.map((id) => lookup.edge(id)).filter((e): e is GraphEdge => e !== undefined);
  const along = edges.some((e) => e.source === step.from);
  const against = edges.some((e) => e.source !== step.from);
  return along && against ? '↔' : against ? '←' : '→';
}

/** The chain with each arrow as the data draws it: "TGFβ ← CAF → angiogenesis". */
export function pathToText(graph: ExonetGraph | PathIndex, path: PathResult): string {
  const lookup = lookupOf(graph);
  const label = (id: string) => lookup.node(id)?.label ?? id;
  if (!path.steps.length) return path.nodes.map(label).join(' ');
  return [label(path.steps[0].from), ...path.steps.map((s) => `${stepArrow(lookup, s)} ${label(s.to)}`)].join(' ');
}

/** Steps walked against their edges; computed when a path comes without the count. */
function backwardStepsOf(lookup: Lookup, path: PathResult): number {
  if (typeof path.backwardSteps === 'number') return path.backwardSteps;
  return path.steps.filter((s) => s.edges.every((id) => lookup.edge(id)?.source !== s.from)).length;
}

export function netEffectOf(graph: ExonetGraph | PathIndex, path: PathResult): NetEffect {
  const lookup = lookupOf(graph);
  if (backwardStepsOf(lookup, path) > 0) return 'mixed-direction';
  if (path.sign === 1) return 'promotes';
  if (path.sign === -1) return 'suppresses';
  const conflicting = path.steps.some((step) => {
    const signs = new Set(step.edges.map((id) => lookup.edge(id)).filter((e) => e?.source === step.from).map((e) => e?.sign));
    return signs.has(1) && signs.has(-1);
  });
  return conflicting ? 'conflicting-evidence' : 'non-causal';
}

/** "promotes", or "mixed direction (1 step walked against its edge)": the effect line of a path. */
export function effectLine(graph: ExonetGraph | PathIndex, path: PathResult): string {
  const effect = netEffectOf(graph, path);
  const backward = backwardStepsOf(lookupOf(graph), path);
  return effect === 'mixed-direction' ? `${EFFECT_WORDS[effect]} (${countOf(backward, 'step walked against its edge')})` : EFFECT_WORDS[effect];
}

export function citationOf(graph: ExonetGraph, n: number): Citation {
  const entry = graph.references?.find((r) => r.n === n);
  if (entry) return { n, text: entry.text, ...(entry.doi ? { url: `https://doi.org/${entry.doi}` } : {}) };
  const { source } = graph;
  const authors = source.authors.length ? `${source.authors[0]}${source.authors.length > 1 ? ', et al.' : '.'} ` : '';
  const where = [source.journal, source.year].filter((x) => x !== undefined).join(' ');
  const url = referenceUrl(source, n);
  return { n, text: `reference ${n} in ${authors}${source.title}${where ? `. ${where}` : ''}`, ...(url ? { url } : {}) };
}

/** A statement with its references: "CAF increases the release of TGFβ [133, 202]". */
export function statementWithRefs(s: StepStatement): string {
  const direction = s.backward ? ' (against the path’s direction)' : '';
  return `${s.text}${direction} ${s.refs.length ? `[${s.refs.join(', ')}]` : '[uncited]'}`;
}

/** "Copy as text": the chain, its effect, each step as statements, the references. */
export function pathToCitedText(graph: ExonetGraph | PathIndex, path: PathResult): string {
  const lookup = lookupOf(graph);
  const out = [pathChain(graph, path), `Effect: ${effectLine(graph, path)} · ${countOf(path.hops, 'step')} · ${countOf(path.refs.length, 'reference')}`, ''];
  path.steps.forEach((step, i) => {
    stepStatements(graph, step).forEach((s, j) => out.push(`${j === 0 ? `${i + 1}.` : '  '} ${statementWithRefs(s)}`));
  });
  if (path.refs.length) {
    out.push('', `References (numbers of the review’s reference list)`);
    for (const n of path.refs) {
      const c = citationOf(lookup.graph, n);
      out.push(`${n}. ${c.text}${c.url ? ` ${c.url}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
