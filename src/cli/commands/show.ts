// `graph show NAME`: one node with its edges and their evidence.

import type { Evidence, ExonetGraph, GraphEdge, GraphNode } from '../../core/model/types';
import { formatRefs } from '../../core/references/shortCitation';
import { relationPhrase } from '../../core/words/phrases';
import { EXIT, GRAPH_OPTION, type Command, type Output } from '../command';
import { UsageError, stringOption } from '../parseArgs';
import { loadGraphForCommand } from '../loadGraph';
import { nameIndexOf, resolveNodeOrThrow } from '../resolveName';

function formatEvidence(graph: ExonetGraph, e: Evidence): string {
  const refs = formatRefs(graph, e.refs);
  const ctx = e.context?.cancer?.length ? ` (${e.context.cancer.join(', ')})` : '';
  return `      ${refs} ${e.section}: ${e.claim}${ctx}`;
}

/** Each edge as a sentence with the node first: "TGFβ activates CAF", "TGFβ is carried by exosome". */
function printEdges(io: Output, graph: ExonetGraph, node: GraphNode, title: string, edges: GraphEdge[], other: 'source' | 'target'): void {
  if (!edges.length) return;
  io.out(title);
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  for (const edge of edges) {
    const phrase = relationPhrase(edge.relation)[other === 'target' ? 'forward' : 'backward'];
    io.out(`  ${node.label} ${phrase} ${label.get(edge[other]) ?? edge[other]}`);
    for (const e of edge.evidence) io.out(formatEvidence(graph, e));
  }
}

export const showCommand: Command = {
  name: 'show',
  usage: 'show NAME [--graph FILE]',
  summary: 'one node with its edges and their evidence',
  options: GRAPH_OPTION,
  run(args, io) {
    const name = args.positional.join(' ').trim();
    if (!name) throw new UsageError('show needs a node NAME');
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const node = resolveNodeOrThrow(nameIndexOf(graph), name);
    io.out(`${node.label} (${node.id}), ${node.type}${node.exosomal ? ', exosomal' : ''}`);
    if (node.description) io.out(`  ${node.description}`);
    if (node.aliases?.length) io.out(`  aliases: ${node.aliases.join(', ')}`);
    if (node.xrefs) io.out(`  xrefs: ${Object.entries(node.xrefs).map(([k, v]) => `${k}:${v}`).join(', ')}`);
    for (const e of node.evidence ?? []) io.out(formatEvidence(graph, e).trimStart().replace(/^/, '  '));
    printEdges(io, graph, node, 'outgoing', graph.edges.filter((e) => e.source === node.id), 'target');
    printEdges(io, graph, node, 'incoming', graph.edges.filter((e) => e.target === node.id), 'source');
    return EXIT.ok;
  },
};
