// Reading a graph from text: our own format or Cytoscape.js JSON, validated. Never throws:
// the answer is a graph or the list of problems.

import { fromCytoscapeJson, looksLikeCytoscapeJson } from './fromCytoscapeJson';
import { restoreGraph } from './restoreGraph';
import type { ExonetGraph, Result } from './types';
import { validateGraph } from './validateGraph';

/** What the browser opens: enough for 20,000 nodes and 50,000 edges, small enough to draw. */
export const MAX_GRAPH_BYTES = 32 * 1024 * 1024;
export const MAX_GRAPH_ELEMENTS = 100_000;

/** What the command line reads: no drawing, so a million elements (the byte limit stays
 * under the longest string V8 can hold, about 512 MB). */
export const CLI_MAX_GRAPH_BYTES = 400 * 1024 * 1024;
export const CLI_MAX_GRAPH_ELEMENTS = 1_000_000;

export interface GraphLimits {
  maxBytes: number;
  maxElements: number;
}

export const BROWSER_LIMITS: GraphLimits = { maxBytes: MAX_GRAPH_BYTES, maxElements: MAX_GRAPH_ELEMENTS };
export const CLI_LIMITS: GraphLimits = { maxBytes: CLI_MAX_GRAPH_BYTES, maxElements: CLI_MAX_GRAPH_ELEMENTS };
/** Deeper than any graph needs (Cytoscape.js JSON is about 8 levels); deeper input would
 * overflow the stack of every later JSON.stringify, such as the export. */
export const MAX_GRAPH_NESTING = 64;

export function parseGraphText(text: string, limits: GraphLimits = BROWSER_LIMITS): Result<ExonetGraph> {
  if (text.length > limits.maxBytes) {
    return { ok: false, problems: [{ where: 'file', message: `the file is larger than ${limits.maxBytes / 1024 / 1024} MB` }] };
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
  return parseGraphValue(value, limits);
}

export function parseGraphValue(value: unknown, limits: GraphLimits = BROWSER_LIMITS): Result<ExonetGraph> {
  let candidate = value;
  if (looksLikeCytoscapeJson(value)) {
    const converted = fromCytoscapeJson(value);
    if (!converted.ok) return converted;
    candidate = converted.value;
  }
  const count = countElements(candidate);
  if (count > limits.maxElements) {
    return { ok: false, problems: [{ where: 'file', message: `the graph has ${count} elements; at most ${limits.maxElements} can be opened` }] };
  }
  const restored = restoreGraph(candidate);
  const result = validateGraph(restored.value);
  return result.ok && restored.notes.length ? { ...result, notes: restored.notes } : result;
}

/**
 * The deepest nesting of [ and { outside of strings (an upper bound when the text is not
 * JSON). Strings are skipped with indexOf rather than read character by character.
 */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end < 0) return max;
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      i = end;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

function countElements(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const v = value as { nodes?: unknown; edges?: unknown };
  return (Array.isArray(v.nodes) ? v.nodes.length : 0) + (Array.isArray(v.edges) ? v.edges.length : 0);
}
