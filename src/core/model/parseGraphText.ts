// Reading a graph from text: our own format or Cytoscape.js JSON, validated. Never throws:
// the answer is a graph or the list of problems.

import { fromCytoscapeJson, looksLikeCytoscapeJson } from './fromCytoscapeJson';
import { restoreGraph } from './restoreGraph';
import type { ExonetGraph, Result } from './types';
import { validateGraph } from './validateGraph';

export const MAX_GRAPH_BYTES = 20 * 1024 * 1024;
export const MAX_GRAPH_ELEMENTS = 50_000;
/** Deeper than any graph needs (Cytoscape.js JSON is about 8 levels); deeper input would
 * overflow the stack of every later JSON.stringify, such as the export. */
export const MAX_GRAPH_NESTING = 64;

export function parseGraphText(text: string): Result<ExonetGraph> {
  if (text.length > MAX_GRAPH_BYTES) {
    return { ok: false, problems: [{ where: 'file', message: `the file is larger than ${MAX_GRAPH_BYTES / 1024 / 1024} MB` }] };
  }
  if (nestingDepth(text) > MAX_GRAPH_NESTING) {
    return { ok: false, problems: [{ where: 'file', message: `the JSON is nested more than ${MAX_GRAPH_NESTING} levels deep` }] };
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
  const restored = restoreGraph(candidate);
  const result = validateGraph(restored.value);
  return result.ok && restored.notes.length ? { ...result, notes: restored.notes } : result;
}

/** The deepest nesting of [ and { outside of strings (an upper bound when the text is not JSON). */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

function countElements(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const v = value as { nodes?: unknown; edges?: unknown };
  return (Array.isArray(v.nodes) ? v.nodes.length : 0) + (Array.isArray(v.edges) ? v.edges.length : 0);
}
