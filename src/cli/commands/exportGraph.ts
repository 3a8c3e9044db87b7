// `graph export`: the graph, or the subgraph that the explorer's filters leave visible, in
// one of the registered export formats, to stdout or --out FILE. With --path FROM,TO it is
// the subgraph of the k best paths between two nodes, searched within the filtered graph.
// Bad values are usage errors (exit 2); an empty result is "no result" (exit 1).

import { writeFileSync } from 'node:fs';
import { EXPORT_FORMAT_NAMES, exportFormatNamed, type ExportFormat } from '../../core/export/exportFormats';
import { pathSubgraph, visibleSubgraph } from '../../core/export/selectSubgraph';
import { cancerFacets } from '../../core/filter/applyFilters';
import { DEFAULT_HALLMARK_HOPS, MAX_FILTER_HOPS, type FilterCriteria } from '../../core/filter/criteria';
import { createNameIndex } from '../../core/model/findNodes';
import { NODE_TYPES, type ExonetGraph, type GraphNode, type NodeType, type Sign } from '../../core/model/types';
import { sectionsOf } from '../../core/model/sections';
import { findPaths } from '../../core/paths/findPaths';
import { pathOptionsOf, type PathQuery } from '../../core/paths/pathQuery';
import { EXIT, GRAPH_OPTION, type Command, type Output } from '../command';
import { loadGraphForCommand } from '../loadGraph';
import { UsageError, intOption, listOption, stringOption, type ParsedArgs } from '../parseArgs';
import { PATH_OPTIONS_USAGE, PATH_OPTION_NAMES, PATH_OPTION_SPECS, readPathOptions } from '../readPathOptions';
import { nameIndexOf, resolveNodeOrThrow } from '../resolveName';

const SIGNS: Readonly<Record<string, Sign>> = { '1': 1, '+1': 1, '-1': -1, '0': 0 };
const FILTER_OPTIONS = ['types', 'hallmark', 'hallmark-hops', 'cancer', 'section', 'sign', 'focus', 'hops', 'hide-isolated', 'hide-hedged'];

/** What the arguments ask for, checked as far as it can be without the graph. */
interface ExportRequest {
  format: ExportFormat;
  out: string | undefined;
  criteria: FilterCriteria;
  hallmarks: string[];
  cancers: string[];
  focus: { name: string; hops: number } | undefined;
  path: PathQuery | undefined;
}

/** A list option that, when given, names at least one value. */
function givenList(args: ParsedArgs, name: string, what: string): string[] {
  const values = listOption(args, name);
  if (args.options.has(name) && !values.length) throw new UsageError(`--${name} needs at least one ${what}`);
  return values;
}

function requireWith(args: ParsedArgs, names: readonly string[], needed: string): void {
  const stray = names.find((n) => args.options.has(n));
  if (stray !== undefined && !args.options.has(needed)) throw new UsageError(`--${stray} only goes with --${needed}`);
}

function readFormat(args: ParsedArgs): ExportFormat {
  const name = stringOption(args, 'format') ?? 'json';
  const format = exportFormatNamed(name);
  if (!format) throw new UsageError(`unknown format "${name}" (expected ${EXPORT_FORMAT_NAMES.join(', ')})`);
  return format;
}

function readNodeTypes(args: ParsedArgs): NodeType[] {
  const types = givenList(args, 'types', 'node type');
  const unknown = types.find((t) => !(NODE_TYPES as readonly string[]).includes(t));
  if (unknown !== undefined) throw new UsageError(`--types: unknown node type "${unknown}" (expected ${NODE_TYPES.join(', ')})`);
  return types as NodeType[];
}

/** Section slugs as the graph names them (checked once the graph is loaded). */
function readSections(args: ParsedArgs): string[] {
  return givenList(args, 'section', 'section slug');
}

function checkSections(graph: ExonetGraph, sections: readonly string[]): void {
  const known = sectionsOf(graph).map((s) => s.slug);
  const unknown = sections.find((s) => !known.includes(s));
  if (unknown !== undefined) throw new UsageError(`--section: unknown section "${unknown}" (expected ${known.join(', ') || 'none: the graph has no evidence'})`);
}

function readSigns(args: ParsedArgs): Sign[] {
  return givenList(args, 'sign', 'sign').map((value) => {
    if (!Object.hasOwn(SIGNS, value)) throw new UsageError(`--sign: "${value}" is not a sign (expected 1, -1 or 0)`);
    return SIGNS[value];
  });
}

function readPath(args: ParsedArgs): ExportRequest['path'] {
  requireWith(args, PATH_OPTION_NAMES, 'path');
  if (!args.options.has('path')) return undefined;
  const ends = givenList(args, 'path', 'name');
  if (ends.length !== 2) throw new UsageError(`--path needs two names, FROM,TO, got ${ends.length}`);
  return { from: ends[0], to: ends[1], ...readPathOptions(args) };
}

function readRequest(args: ParsedArgs): ExportRequest {
  if (args.positional.length) throw new UsageError(`export takes no words, got "${args.positional.join(' ')}"`);
  requireWith(args, ['hallmark-hops'], 'hallmark');
  requireWith(args, ['hops'], 'focus');
  const focusName = stringOption(args, 'focus')?.trim();
  if (focusName === '') throw new UsageError('--focus needs a node name');
  return {
    format: readFormat(args),
    out: stringOption(args, 'out'),
    criteria: {
      nodeTypes: readNodeTypes(args),
      hallmarkHops: intOption(args, 'hallmark-hops', 1, MAX_FILTER_HOPS) ?? DEFAULT_HALLMARK_HOPS,
      sections: readSections(args),
      signs: readSigns(args),
      hideIsolated: args.options.has('hide-isolated'),
      hideHedged: args.options.has('hide-hedged'),
    },
    hallmarks: givenList(args, 'hallmark', 'hallmark name'),
    cancers: givenList(args, 'cancer', 'cancer type'),
    focus: focusName === undefined ? undefined : { name: focusName, hops: intOption(args, 'hops', 1, MAX_FILTER_HOPS) ?? 1 },
    path: readPath(args),
  };
}

const describeNode = (node: GraphNode) => `${node.label} (${node.id})`;

/** A hallmark by name: resolved among the hallmark nodes, with a clear word for any other node. */
function resolveHallmark(graph: ExonetGraph, name: string): string {
  const hallmarks = graph.nodes.filter((n) => n.type === 'hallmark');
  if (!hallmarks.length) throw new UsageError('--hallmark: the graph has no hallmark nodes');
  try {
    return resolveNodeOrThrow(createNameIndex(hallmarks), name).id;
  } catch (error) {
    const other = nameIndexOf(graph).resolve(name);
    if (other.kind === 'found') throw new UsageError(`--hallmark: ${describeNode(other.node)} is a ${other.node.type}, not a hallmark`);
    throw error;
  }
}

/** Cancer types as evidence contexts spell them, matched without regard to case or spacing. */
function resolveCancers(graph: ExonetGraph, names: string[]): string[] {
  const known = cancerFacets(graph).map((f) => f.cancer);
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const byKey = new Map(known.map((c) => [key(c), c]));
  return names.map((name) => {
    const found = byKey.get(key(name));
    if (found !== undefined) return found;
    if (!known.length) throw new UsageError('--cancer: no evidence in the graph names a cancer type');
    const shown = known.length > 12 ? `${known.slice(0, 12).join(', ')}, … (${known.length} in all)` : known.join(', ');
    throw new UsageError(`--cancer: no evidence names the cancer type "${name}" (known: ${shown})`);
  });
}

function filtersGiven(args: ParsedArgs): string {
  const given = FILTER_OPTIONS.filter((n) => args.options.has(n)).map((n) => {
    const value = args.options.get(n);
    return value === true ? `--${n}` : `--${n} ${value}`;
  });
  return given.length ? given.join(' ') : 'no filter';
}

type Selected = { ok: true; graph: ExonetGraph } | { ok: false; line: string };

function pathsWithin(graph: ExonetGraph, filtered: ExonetGraph, path: NonNullable<ExportRequest['path']>): Selected {
  const names = nameIndexOf(graph);
  const from = resolveNodeOrThrow(names, path.from);
  const to = resolveNodeOrThrow(names, path.to);
  if (from.id === to.id) throw new UsageError(`--path: FROM and TO are the same node, ${describeNode(from)}`);
  const hidden = [from, to].find((n) => !filtered.nodes.some((m) => m.id === n.id));
  if (hidden) return { ok: false, line: `${describeNode(hidden)} is hidden by the filters, so no path can use it` };
  const mode = path.undirected ? 'undirected' : 'causal';
  const paths = findPaths(filtered, from.id, to.id, pathOptionsOf(path));
  if (!paths.length) {
    const hint = path.undirected ? '' : '; try --undirected';
    const effect = path.effect ? ` that ${path.effect}` : '';
    return { ok: false, line: `no ${mode} path${effect} from ${describeNode(from)} to ${describeNode(to)} within ${path.maxHops} hops${hint}` };
  }
  return { ok: true, graph: pathSubgraph(filtered, { nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges) }) };
}

function select(graph: ExonetGraph, request: ExportRequest, args: ParsedArgs): Selected {
  checkSections(graph, request.criteria.sections ?? []);
  const criteria: FilterCriteria = {
    ...request.criteria,
    hallmarks: request.hallmarks.map((name) => resolveHallmark(graph, name)),
    cancers: resolveCancers(graph, request.cancers),
    ...(request.focus ? { focus: { nodeId: resolveNodeOrThrow(nameIndexOf(graph), request.focus.name).id, hops: request.focus.hops } } : {}),
  };
  const filtered = visibleSubgraph(graph, criteria);
  const selected = request.path ? pathsWithin(graph, filtered, request.path) : { ok: true as const, graph: filtered };
  if (selected.ok && !selected.graph.nodes.length) {
    return { ok: false, line: `nothing to export: no node is left by ${filtersGiven(args)}` };
  }
  return selected;
}

function write(io: Output, text: string, out: string | undefined, summary: string): number {
  if (out === undefined) {
    // The CLI's entry point ends the output with a line break, so the text comes out whole.
    io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
    return EXIT.ok;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    io.err(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.invalid;
  }
  io.err(`wrote ${out}: ${summary}`);
  return EXIT.ok;
}

export const exportCommand: Command = {
  name: 'export',
  usage:
    `export [--format ${EXPORT_FORMAT_NAMES.join('|')}] [--out FILE] [--types TYPE,...] [--hallmark NAME,... [--hallmark-hops N]] ` +
    '[--cancer NAME,...] [--section SLUG,...] [--sign 1,-1,0] [--focus NAME [--hops N]] [--hide-isolated] [--hide-hedged] ' +
    `[--path FROM,TO ${PATH_OPTIONS_USAGE}] [--graph FILE]`,
  summary: 'the graph or a filtered subgraph in a file format, to stdout or a file',
  options: {
    ...GRAPH_OPTION,
    format: { value: true },
    out: { value: true },
    types: { value: true },
    hallmark: { value: true },
    'hallmark-hops': { value: true },
    cancer: { value: true },
    section: { value: true },
    sign: { value: true },
    focus: { value: true },
    hops: { value: true },
    'hide-isolated': { value: false },
    'hide-hedged': { value: false },
    path: { value: true },
    ...PATH_OPTION_SPECS,
  },
  run(args, io) {
    const request = readRequest(args);
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const selected = select(graph, request, args);
    if (!selected.ok) {
      io.err(selected.line);
      return EXIT.invalid;
    }
    const subgraph = selected.graph;
    const summary = `${subgraph.nodes.length} nodes, ${subgraph.edges.length} edges (${request.format.name})`;
    return write(io, request.format.serialize(subgraph), request.out, summary);
  },
};
