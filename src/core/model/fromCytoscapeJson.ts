// Converting Cytoscape.js JSON (as `cy.json()` or Cytoscape desktop writes it) into our
// graph shape. Our fields travel in each element's `data`; the result is then validated
// like any other graph.

import type { ExonetGraph, Result, SourceInfo } from './types';
import { isRecord } from './validateEvidence';

type Elements = { nodes: unknown[]; edges: unknown[] };

export function looksLikeCytoscapeJson(value: unknown): boolean {
  return isRecord(value) && value.format !== 'exonet-graph' && 'elements' in value;
}

function splitElements(elements: unknown): Elements | null {
  if (Array.isArray(elements)) {
    const nodes: unknown[] = [];
    const edges: unknown[] = [];
    for (const el of elements) {
      const data = isRecord(el) && isRecord(el.data) ? el.data : null;
      const isEdge = isRecord(el) && (el.group === 'edges' || (el.group === undefined && data !== null && 'source' in data));
      (isEdge ? edges : nodes).push(el);
    }
    return { nodes, edges };
  }
  if (isRecord(elements)) {
    return {
      nodes: Array.isArray(elements.nodes) ? elements.nodes : [],
      edges: Array.isArray(elements.edges) ? elements.edges : [],
    };
  }
  return null;
}

const NODE_FIELDS = ['id', 'label', 'type', 'aliases', 'description', 'exosomal', 'canonical', 'xrefs', 'evidence', 'attributes'];
const EDGE_FIELDS = ['id', 'source', 'target', 'relation', 'sign', 'evidence', 'biomarker'];

function pick(data: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (data[f] !== undefined) out[f] = data[f];
  return out;
}

export function fromCytoscapeJson(value: unknown): Result<ExonetGraph> {
  const root = isRecord(value) ? value : {};
  const split = splitElements(root.elements);
  if (!split) {
    return { ok: false, problems: [{ where: 'elements', message: 'Cytoscape.js JSON needs "elements" as a list or as {nodes, edges}' }] };
  }
  const positions: Record<string, { x: number; y: number }> = {};
  const nodes = split.nodes.map((el) => {
    const data = isRecord(el) && isRecord(el.data) ? el.data : {};
    const node = pick(data, NODE_FIELDS);
    if (node.label === undefined && typeof data.name === 'string') node.label = data.name;
    const pos = isRecord(el) && isRecord(el.position) ? el.position : null;
    if (pos && typeof node.id === 'string' && Number.isFinite(pos.x) && Number.isFinite(pos.y)) {
      positions[node.id] = { x: pos.x as number, y: pos.y as number };
    }
    return node;
  });
  const edges = split.edges.map((el) => {
    const data = isRecord(el) && isRecord(el.data) ? el.data : {};
    const edge = pick(data, EDGE_FIELDS);
    if (edge.relation === undefined && typeof data.interaction === 'string') edge.relation = data.interaction;
    if (edge.evidence === undefined && Array.isArray(data.refs) && typeof data.claim === 'string') {
      edge.evidence = [{ refs: data.refs, section: data.section, claim: data.claim }];
    }
    return edge;
  });
  const rootData = isRecord(root.data) ? root.data : {};
  const source: SourceInfo = isRecord(rootData.source)
    ? (rootData.source as unknown as SourceInfo)
    : { title: typeof rootData.name === 'string' ? rootData.name : 'Imported Cytoscape.js graph', authors: [] };
  const graph = {
    format: 'exonet-graph' as const,
    version: 1 as const,
    source,
    nodes,
    edges,
    ...(Array.isArray(rootData.references) ? { references: rootData.references } : {}),
    ...(Object.keys(positions).length ? { positions } : {}),
  };
  return { ok: true, value: graph as unknown as ExonetGraph };
}
