// GraphML: a directed graph with a declared key for every attribute, for Gephi, yEd and
// networkx (`read_graphml`). Lists become text ("1;2;3" for references), the claims of an
// edge's evidence items are joined with " | ", and every value is XML-escaped. Returns a
// string.

import type { ExonetGraph, GraphEdge, GraphNode } from '../model/types';
import { summarizeEvidence } from './summarizeEvidence';
import { xmlAttribute, xmlContent } from './xmlText';

type Domain = 'graph' | 'node' | 'edge';
type AttrType = 'string' | 'boolean' | 'int' | 'double';

interface KeyDeclaration {
  id: string;
  for: Domain;
  name: string;
  type: AttrType;
}

/** Every attribute the file may use. The key ids are unique across domains, as GraphML asks. */
export const GRAPHML_KEYS: readonly KeyDeclaration[] = [
  { id: 'g_title', for: 'graph', name: 'title', type: 'string' },
  { id: 'g_doi', for: 'graph', name: 'doi', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_description', for: 'node', name: 'description', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_exosomal', for: 'node', name: 'exosomal', type: 'boolean' },
  { id: 'n_canonical', for: 'node', name: 'canonical', type: 'boolean' },
  { id: 'n_hgnc', for: 'node', name: 'hgnc', type: 'string' },
  { id: 'n_uniprot', for: 'node', name: 'uniprot', type: 'string' },
  { id: 'n_chebi', for: 'node', name: 'chebi', type: 'string' },
  { id: 'n_nct', for: 'node', name: 'nct', type: 'string' },
  { id: 'n_refs', for: 'node', name: 'refs', type: 'string' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'e_relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_sign', for: 'edge', name: 'sign', type: 'int' },
  { id: 'e_refs', for: 'edge', name: 'refs', type: 'string' },
  { id: 'e_sections', for: 'edge', name: 'sections', type: 'string' },
  { id: 'e_claim', for: 'edge', name: 'claim', type: 'string' },
  { id: 'e_cancers', for: 'edge', name: 'cancers', type: 'string' },
  { id: 'e_hedged_items', for: 'edge', name: 'hedged_items', type: 'int' },
  { id: 'e_hedges', for: 'edge', name: 'hedges', type: 'string' },
];

const LIST_SEPARATOR = ';';
const CLAIM_SEPARATOR = ' | ';

type Values = Array<[keyId: string, value: string | number | boolean | undefined]>;

function dataLines(values: Values, indent: string): string[] {
  return values
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${indent}<data key="${key}">${xmlContent(String(value))}</data>`);
}

function nodeValues(node: GraphNode, position: { x: number; y: number } | undefined): Values {
  return [
    ['n_label', node.label],
    ['n_type', node.type],
    ['n_description', node.description],
    ['n_aliases', node.aliases?.join(LIST_SEPARATOR)],
    ['n_exosomal', node.exosomal],
    ['n_canonical', node.canonical],
    ['n_hgnc', node.xrefs?.hgnc],
    ['n_uniprot', node.xrefs?.uniprot],
    ['n_chebi', node.xrefs?.chebi],
    ['n_nct', node.xrefs?.nct],
    ['n_refs', summarizeEvidence(node.evidence).refs.join(LIST_SEPARATOR)],
    ['n_x', position?.x],
    ['n_y', position?.y],
  ];
}

function edgeValues(edge: GraphEdge): Values {
  const summary = summarizeEvidence(edge.evidence);
  return [
    ['e_relation', edge.relation],
    ['e_sign', edge.sign],
    ['e_refs', summary.refs.join(LIST_SEPARATOR)],
    ['e_sections', summary.sections.join(LIST_SEPARATOR)],
    ['e_claim', summary.claims.join(CLAIM_SEPARATOR)],
    ['e_cancers', summary.cancers.join(LIST_SEPARATOR)],
    ['e_hedged_items', summary.hedgedItems || undefined],
    ['e_hedges', summary.hedges.join(LIST_SEPARATOR)],
  ];
}

export function toGraphML(graph: ExonetGraph): string {
  const positions = graph.positions ?? {};
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="exonet" edgedefault="directed">',
    ...dataLines([['g_title', graph.source.title], ['g_doi', graph.source.doi]], '    '),
  ];
  for (const node of graph.nodes) {
    const position = Object.hasOwn(positions, node.id) ? positions[node.id] : undefined;
    lines.push(`    <node id="${xmlAttribute(node.id)}">`, ...dataLines(nodeValues(node, position), '      '), '    </node>');
  }
  for (const edge of graph.edges) {
    const ends = `source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}"`;
    lines.push(`    <edge id="${xmlAttribute(edge.id)}" ${ends}>`, ...dataLines(edgeValues(edge), '      '), '    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
