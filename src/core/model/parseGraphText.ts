// Reading a graph from text: our own format or Cytoscape.js JSON, validated. Never throws:
// the answer is a graph or the list of problems.

import { fromCytoscapeJson, looksLikeCytoscapeJson } from './fromCytoscapeJson';
import type { ExonetGraph, Result } from './types';
import { validateGraph } from './validateGraph';

export const MAX_GRAPH_BYTES = 20 * 1024 * 1024;
export const MAX_GRAPH_ELEMENTS = 50_000;

export function parseGraphText(text: string): Result<ExonetGraph> {
  if (text.length > MAX_GRAPH_BYTES) {
    return { ok: false, problems: [{ where: 'file', message: `the file is larger than ${MAX_GRAPH_BYTES / 1024 / 1024} MB` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ where: 'file', message: `not valid JSON: ${detail}` }] };
  }
  return parseGraphValue(value);
}

export function parseGraphValue(value: unknown): Result<ExonetGraph> {
  let candidate = value;
  if (looksLikeCytoscapeJson(value)) {
    const converted = fromCytoscapeJson(value);
    if (!converted.ok) return converted;
    candidate = converted.value;
  }
  const count = countElements(candidate);
  if (count > MAX_GRAPH_ELEMENTS) {
    return { ok: false, problems: [{ where: 'file', message: `the graph has ${count} elements; at most ${MAX_GRAPH_ELEMENTS} can be opened` }] };
  }
  return validateGraph(candidate);
}

function countElements(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const v = value as { nodes?: unknown; edges?: unknown };
  return (Array.isArray(v.nodes) ? v.nodes.length : 0) + (Array.isArray(v.edges) ? v.edges.length : 0);
}
