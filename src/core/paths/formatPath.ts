// Paths as text: the chain ("HSP70 -activates-> TLR2 signalling -activates-> MDSC"), the
// net effect in words, and the cited statements with a numbered reference list that the
// path finder's "Copy as text" and the CLI print.

import { referenceUrl } from '../model/referenceUrl';
import { referenceEntry, shortCitation } from '../references/shortCitation';
import type { ExonetGraph, GraphEdge, GraphNode } from '../model/types';
import { isPathIndex, type PathIndex } from './pathIndex';
import type { PathResult, PathStep } from './pathTypes';

/** 'mixed' when a step joins edges of opposite signs, 'unsigned' when a step is non-causal. */
export type NetEffect = 'promotes' | 'suppresses' | 'mixed' | 'unsigned';

export interface CitedLine {
  /** "HSP70 activates TLR2 signalling": one edge, in its own direction. */
  text: string;
  /** The review's reference numbers for the edge. */
  refs: number[];
  /** The same references as numbers of the citation list (1, 2, ...). */
  citations: number[];
}

export interface Citation {
  /** The number in the citation list. */
  citation: number;
  /** The number in the review's reference list. */
  n: number;
  text: string;
  /** "Iraci et al. 2016" when the graph has a reference list with the entry. */
  short?: string;
  url?: string;
}

export interface CitedPath {
  lines: CitedLine[];
  citations: Citation[];
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

function relationText(relation: string): string {
  return relation.replace(/_/g, ' ');
}

function stepArrow(lookup: Lookup, step: PathStep): string {
  const edges = step.edges.map((id) => lookup.edge(id)).filter((e): e is GraphEdge => e !== undefined);
  const along = [...new Set(edges.filter((e) => e.source === step.from).map((e) => e.relation))];
  const against = [...new Set(edges.filter((e) => e.source !== step.from).map((e) => e.relation))];
  const parts: string[] = [];
  if (against.length) parts.push(`<-${against.join('/')}-`);
  if (along.length) parts.push(`-${along.join('/')}->`);
  return parts.join('/') || '--';
}

/** The path as one line: "HSP70 -activates-> TLR2 signalling <-binds- X". */
export function pathToText(graph: ExonetGraph | PathIndex, path: PathResult): string {
  const lookup = lookupOf(graph);
  const label = (id: string) => lookup.node(id)?.label ?? id;
  if (!path.steps.length) return path.nodes.map(label).join(' ');
  return [label(path.steps[0].from), ...path.steps.map((s) => `${stepArrow(lookup, s)} ${label(s.to)}`)].join(' ');
}

export function netEffectOf(graph: ExonetGraph | PathIndex, path: PathResult): NetEffect {
  if (path.sign === 1) return 'promotes';
  if (path.sign === -1) return 'suppresses';
  const lookup = lookupOf(graph);
  const conflicting = path.steps.some((step) => {
    const signs = new Set(step.edges.map((id) => lookup.edge(id)?.sign));
    return signs.has(1) && signs.has(-1);
  });
  return conflicting ? 'mixed' : 'unsigned';
}

function citationFor(graph: ExonetGraph, n: number, citation: number): Citation {
  const entry = referenceEntry(graph, n);
  const short = shortCitation(entry);
  if (entry) return { citation, n, text: entry.text, ...(short ? { short } : {}), ...(entry.doi ? { url: `https://doi.org/${entry.doi}` } : {}) };
  const { source } = graph;
  const authors = source.authors.length ? `${source.authors[0]}${source.authors.length > 1 ? ', et al.' : '.'} ` : '';
  const where = [source.journal, source.year].filter((x) => x !== undefined).join(' ');
  const url = referenceUrl(source, n);
  return {
    citation,
    n,
    text: `reference ${n} in ${authors}${source.title}${where ? `. ${where}` : ''}`,
    ...(url ? { url } : {}),
  };
}

/** The path's statements, one per edge, with citations numbered in order of first use. */
export function citePath(graph: ExonetGraph | PathIndex, path: PathResult): CitedPath {
  const lookup = lookupOf(graph);
  const label = (id: string) => lookup.node(id)?.label ?? id;
  const numbers = new Map<number, number>();
  const lines = path.edges.flatMap((id): CitedLine[] => {
    const edge = lookup.edge(id);
    if (!edge) return [];
    const refs = [...new Set(edge.evidence.flatMap((e) => e.refs))].sort((a, b) => a - b);
    for (const n of refs) if (!numbers.has(n)) numbers.set(n, numbers.size + 1);
    const text = `${label(edge.source)} ${relationText(edge.relation)} ${label(edge.target)}`;
    return [{ text, refs, citations: refs.map((n) => numbers.get(n)!).sort((a, b) => a - b) }];
  });
  const citations = [...numbers].map(([n, citation]) => citationFor(lookup.graph, n, citation));
  return { lines, citations };
}

/** "Copy as text": the chain and its net effect, the cited statements, the references. */
export function pathToCitedText(graph: ExonetGraph | PathIndex, path: PathResult): string {
  const { lines, citations } = citePath(graph, path);
  const out = [`${pathToText(graph, path)} (${netEffectOf(graph, path)})`, ''];
  for (const line of lines) out.push(line.citations.length ? `${line.text} [${line.citations.join(', ')}]` : line.text);
  if (citations.length) {
    out.push('', 'References');
    for (const c of citations) out.push(`[${c.citation}] ${c.text}${c.url ? ` ${c.url}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
