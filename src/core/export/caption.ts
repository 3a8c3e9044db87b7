// The caption drawn under an exported picture: a title, the path as a chain with its net
// effect, the cited statements and the numbered references. Pure: text lines only.

import { citePath, netEffectOf, pathToText } from '../paths/formatPath';
import type { PathResult } from '../paths/pathTypes';
import type { ExonetGraph } from '../model/types';

export interface Caption {
  title: string;
  lines: string[];
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
  const { lines, citations } = citePath(graph, path);
  return {
    title: `${pathToText(graph, path)} (${netEffectOf(graph, path)})`,
    lines: [
      ...lines.map((l) => (l.citations.length ? `${l.text} [${l.citations.join(', ')}]` : l.text)),
      ...citations.map((c) => (c.short ? `[${c.citation}] ${c.short} (ref. ${c.n} of the review): ${c.text}` : `[${c.citation}] ref. ${c.n} of the review`)),
      `Source: ${sourceLine(graph)}`,
    ],
  };
}

export function subgraphCaption(graph: ExonetGraph, what: string, nodes: number, edges: number): Caption {
  return { title: `${what}: ${nodes} nodes, ${edges} edges`, lines: [`Source: ${sourceLine(graph)}`] };
}
