// Cytoscape.js JSON (.cyjs): opens in Cytoscape desktop and loads into cytoscape.js with
// `cy.json()`. Every field of our nodes and edges travels in the element's `data`, so that
// fromCytoscapeJson reads the graph back unchanged; beside them go scalar copies for
// desktop's table columns (lists joined into text) and the visual vocabulary's colour,
// shape, line style and arrow, so that a desktop style can map them. Returns a string.

import type { ExonetGraph, GraphEdge, GraphNode } from '../model/types';
import { summarizeEvidence } from './summarizeEvidence';
import { NODE_TYPE_VISUALS, SIGN_VISUALS, signKindOf } from './visualVocabulary';

export interface CytoscapeJsonOptions {
  /** The network's name in Cytoscape desktop (default: the title of the review). */
  name?: string;
  /** Write colour, shape, line style and arrow into each element's data (default true). */
  visuals?: boolean;
}

type Scalar = string | number | boolean;
type DataValue = Scalar | readonly unknown[] | object;

const LIST_SEPARATOR = '; ';

function nodeData(node: GraphNode, visuals: boolean): Record<string, DataValue> {
  const refs = summarizeEvidence(node.evidence).refs;
  const data: Record<string, DataValue> = { ...node, name: node.label };
  if (node.aliases?.length) data.aliases_text = node.aliases.join(LIST_SEPARATOR);
  // A database name that is also one of our fields (an odd "label" xref) keeps only its nested copy.
  for (const [db, id] of Object.entries(node.xrefs ?? {})) if (!Object.hasOwn(data, db)) data[db] = id;
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    data[`attribute_${key}`] = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
  }
  if (refs.length) {
    data.refs = refs;
    data.refs_text = refs.join(LIST_SEPARATOR);
  }
  if (visuals) {
    const look = NODE_TYPE_VISUALS[node.type];
    Object.assign(data, { color: look.color, shape: look.shape, size: look.size, text_color: look.text });
  }
  return data;
}

function edgeData(edge: GraphEdge, visuals: boolean): Record<string, DataValue> {
  const summary = summarizeEvidence(edge.evidence);
  const data: Record<string, DataValue> = {
    ...edge,
    name: `${edge.source} (${edge.relation}) ${edge.target}`,
    interaction: edge.relation,
    refs: summary.refs,
    refs_text: summary.refs.join(LIST_SEPARATOR),
    sections: summary.sections,
    sections_text: summary.sections.join(LIST_SEPARATOR),
    claims_text: summary.claims.join(' | '),
    cancers: summary.cancers,
    cancers_text: summary.cancers.join(LIST_SEPARATOR),
    hedged_items: summary.hedgedItems,
    hedges_text: summary.hedges.join(LIST_SEPARATOR),
  };
  for (const [key, value] of Object.entries(edge.biomarker ?? {})) data[`biomarker_${key}`] = value;
  if (visuals) {
    const look = SIGN_VISUALS[signKindOf(edge.sign)];
    Object.assign(data, { color: look.color, lineStyle: look.lineStyle, arrow: look.arrow });
  }
  return data;
}

/** The Cytoscape.js JSON value; `toCytoscapeJson` is its text. */
export function toCytoscapeValue(graph: ExonetGraph, options: CytoscapeJsonOptions = {}) {
  const visuals = options.visuals ?? true;
  const positions = graph.positions ?? {};
  return {
    format_version: '1.0',
    generated_by: 'exonet-explorer',
    target_cytoscapejs_version: '~3.35',
    data: {
      name: options.name ?? graph.source.title,
      source: graph.source,
      ...(graph.references ? { references: graph.references } : {}),
    },
    elements: {
      nodes: graph.nodes.map((node) => {
        const position = Object.hasOwn(positions, node.id) ? positions[node.id] : undefined;
        return { data: nodeData(node, visuals), ...(position ? { position: { x: position.x, y: position.y } } : {}) };
      }),
      edges: graph.edges.map((edge) => ({ data: edgeData(edge, visuals) })),
    },
  };
}

export function toCytoscapeJson(graph: ExonetGraph, options: CytoscapeJsonOptions = {}): string {
  return `${JSON.stringify(toCytoscapeValue(graph, options), null, 2)}\n`;
}
