// `graph path FROM TO`: the k best paths between two nodes, as numbered chains with their
// net effect, references and the claims of every step, or as JSON with --json.

import { NODE_TYPES, type Evidence, type ExonetGraph, type GraphEdge, type GraphNode } from '../../core/model/types';
import { createPathIndex, findPaths, type PathOptions, type PathResult } from '../../core/paths/findPaths';
import { effectLine, pathToText, stepStatements } from '../../core/paths/formatPath';
import { PATH_LIMITS, pathOptionsOf } from '../../core/paths/pathQuery';
import { countOf, refsPhrase } from '../../core/words/phrases';
import { EXIT, GRAPH_OPTION, type Command, type Output } from '../command';
import { loadGraphForCommand } from '../loadGraph';
import { pathJson } from '../pathJson';
import { UsageError, listOption, stringOption } from '../parseArgs';
import { PATH_OPTIONS_USAGE, PATH_OPTION_SPECS, readPathOptions } from '../readPathOptions';
import { nameIndexOf, resolveNodeOrThrow } from '../resolveName';

function readOptions(args: Parameters<Command['run']>[0]) {
  if (args.positional.length !== 2) {
    throw new UsageError(`path needs exactly two names, FROM and TO (quote a name with spaces), got ${args.positional.length}`);
  }
  const avoidTypes = listOption(args, 'avoid-types');
  const unknownType = avoidTypes.find((t) => !(NODE_TYPES as readonly string[]).includes(t));
  if (unknownType !== undefined) {
    throw new UsageError(`--avoid-types: unknown node type "${unknownType}" (expected ${NODE_TYPES.join(', ')})`);
  }
  return {
    from: args.positional[0],
    to: args.positional[1],
    ...readPathOptions(args),
    avoid: listOption(args, 'avoid'),
    avoidTypes,
    json: args.options.has('json'),
  };
}

const summaryOf = (node: GraphNode) => ({ id: node.id, label: node.label, type: node.type });

function formatEvidence(e: Evidence): string {
  const hedged = e.certainty === 'hedged' ? ` (hedged: the review says "${e.hedge ?? 'may'}")` : '';
  return `      ${e.refs.length ? `[${e.refs.join(', ')}]` : '[uncited]'} ${e.section}: ${e.claim}${hedged}`;
}

function hedgedNote(path: PathResult): string {
  if (!path.hedged) return '';
  return `; ${path.hedged} ${path.hedged === 1 ? 'step rests' : 'steps rest'} only on hedged evidence`;
}

function printPaths(io: Output, graph: ExonetGraph, paths: PathResult[]): void {
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  paths.forEach((path, i) => {
    io.out('');
    printPath(io, graph, path, i + 1, edges);
  });
}

function printPath(io: Output, graph: ExonetGraph, path: PathResult, rank: number, edges: Map<string, GraphEdge>): void {
  io.out(`${rank}. ${pathToText(graph, path)}`);
  io.out(`   ${effectLine(graph, path)}; ${countOf(path.hops, 'hop')}; ${refsPhrase(path.refs)}${hedgedNote(path)}`);
  for (const step of path.steps) {
    for (const statement of stepStatements(graph, step)) {
      io.out(`    ${statement.text}${statement.backward ? ' (against the path’s direction)' : ''}`);
      for (const id of statement.edges) for (const e of edges.get(id)?.evidence ?? []) io.out(formatEvidence(e));
    }
  }
}

function noPathLine(o: ReturnType<typeof readOptions>, from: GraphNode, to: GraphNode): string {
  const effect = o.effect ? ` that ${o.effect}` : '';
  const avoided = o.avoid.length || o.avoidTypes.length ? ' avoiding the given nodes and types' : '';
  const tries: string[] = [];
  if (!o.undirected) tries.push('--undirected');
  if (o.maxHops < PATH_LIMITS.maxHops.max) tries.push(`--max-hops ${o.maxHops + 1}`);
  if (o.effect) tries.push('no --effect');
  if (avoided) tries.push('fewer avoided nodes');
  const hint = tries.length ? `; try ${tries.join(' or ')}` : '';
  return `no ${o.undirected ? 'undirected' : 'causal'} path${effect} from ${from.label} to ${to.label} within ${o.maxHops} hops${avoided}${hint}`;
}

export const pathCommand: Command = {
  name: 'path',
  usage: `path FROM TO ${PATH_OPTIONS_USAGE} [--avoid NAME,...] [--avoid-types TYPE,...] [--json] [--graph FILE]`,
  summary: 'the k best paths from one node to another, with net effect and references',
  options: {
    ...GRAPH_OPTION,
    ...PATH_OPTION_SPECS,
    avoid: { value: true },
    'avoid-types': { value: true },
    json: { value: false },
  },
  run(args, io) {
    const o = readOptions(args);
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const names = nameIndexOf(graph);
    const from = resolveNodeOrThrow(names, o.from);
    const to = resolveNodeOrThrow(names, o.to);
    if (from.id === to.id) throw new UsageError(`FROM and TO are the same node, ${from.label} (${from.id})`);
    const avoidNodes = o.avoid.map((name) => resolveNodeOrThrow(names, name));
    const avoidedEnd = avoidNodes.find((n) => n.id === from.id || n.id === to.id);
    if (avoidedEnd) throw new UsageError(`--avoid names ${avoidedEnd.label}, which is the start or the end of the path`);

    const options: PathOptions = { ...pathOptionsOf(o), avoidNodes: avoidNodes.map((n) => n.id), avoidTypes: o.avoidTypes };
    const paths = findPaths(createPathIndex(graph), from.id, to.id, options);
    if (o.json) {
      const json = { from: summaryOf(from), to: summaryOf(to), paths: paths.map((p) => pathJson(graph, p)) };
      io.out(JSON.stringify(json, null, 2));
    }
    if (!paths.length) {
      io.err(noPathLine(o, from, to));
      return EXIT.invalid;
    }
    if (o.json) return EXIT.ok;
    const effect = o.effect ? ` that ${o.effect === 'promotes' ? 'promote' : 'suppress'}` : '';
    io.out(`${paths.length} best ${o.undirected ? 'undirected' : 'causal'} ${paths.length === 1 ? 'path' : 'paths'}${effect} from ${from.label} (${from.id}) to ${to.label} (${to.id}) within ${o.maxHops} hops:`);
    printPaths(io, graph, paths);
    return EXIT.ok;
  },
};
