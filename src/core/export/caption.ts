// The caption drawn under an exported picture: the path as a chain with its net effect,
// each step in plain words with the review's own reference numbers, and the source line
// ("Hánělová et al. 2024, refs 133, 202, 203"). Pure: text lines only.

import { effectLine, pathToText, statementWithRefs, stepStatements } from '../paths/formatPath';
import type { PathResult } from '../paths/pathTypes';
import type { ExonetGraph } from '../model/types';
import { countOf, refsPhrase } from '../words/phrases';

export interface Caption {
  title: string;
  lines: string[];
}

/** "Hánělová K et al. 2024": the review's first author and year. */
export function shortSource(graph: ExonetGraph): string {
  const s = graph.source;
  const first = s.authors[0]?.replace(/\s+[A-Z]{1,3}$/, '') ?? '';
  const who = s.authors.length > 1 ? `${first} et al.` : first;
  return [who, s.year].filter(Boolean).join(' ') || s.title || 'the review';
}

export function sourceLine(graph: ExonetGraph): string {
  const s = graph.source;
  const who = s.authors.length > 2 ? `${s.authors[0]} et al.` : s.authors.join(', ');
  return [who, s.title, s.journal, s.year, s.doi ? `doi:${s.doi}` : '']
    .filter(Boolean)
    .map((part) => String(part).replace(/\.$/, ''))
    .join('. ');
}

export function pathCaption(graph: ExonetGraph, path: PathResult): Caption {
  return {
    title: `${pathToText(graph, path)}: ${effectLine(graph, path)}`,
    lines: [
      ...path.steps.flatMap((step) => stepStatements(graph, step).map(statementWithRefs)),
      `${shortSource(graph)}, ${refsPhrase(path.refs)}`,
      `Source: ${sourceLine(graph)}`,
    ],
  };
}

export function subgraphCaption(graph: ExonetGraph, what: string, nodes: number, edges: number): Caption {
  return { title: `${what}: ${countOf(nodes, 'node')}, ${countOf(edges, 'edge')}`, lines: [`Source: ${sourceLine(graph)}`] };
}
