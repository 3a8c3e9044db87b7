// Compiling the curated files of graph-data/ into one graph: nodes are gathered (each
// defined once), edges get their id and sign from the relation (the restore step every
// reader shares), and edges that state the same source, relation and target in several
// files are merged into one with all evidence.

import { edgeId, emptyCounts, restoreEdge, restoreNotes } from './restoreGraph';
import type { ExonetGraph, GraphEdge, GraphNode, Problem, ReferenceEntry, SourceInfo, Sign } from './types';
import { isRecord } from './validateEvidence';

export { edgeId };

export interface CurationFile {
  /** Path shown in problems, such as "curation/immune.json". */
  path: string;
  content: unknown;
}

export interface GraphDataInput {
  meta: { source: SourceInfo; references?: ReferenceEntry[] };
  files: CurationFile[];
  positions?: Record<string, { x: number; y: number }>;
}

export interface CompiledGraphData {
  graph: ExonetGraph;
  /** Problems of the files' shape that stop compilation of an element. */
  problems: Problem[];
  /** Which file each node and edge comes from, to point problems at the file to edit. */
  origin: Map<string, string[]>;
  /** What the restore step derived (edge ids and signs), in words. */
  notes: string[];
}

function addOrigin(origin: Map<string, string[]>, key: string, path: string): void {
  const list = origin.get(key) ?? [];
  if (!list.includes(path)) list.push(path);
  origin.set(key, list);
}

export function compileGraphData(input: GraphDataInput): CompiledGraphData {
  const problems: Problem[] = [];
  const origin = new Map<string, string[]>();
  const nodes: GraphNode[] = [];
  const edges = new Map<string, GraphEdge>();
  const counts = emptyCounts();

  for (const file of input.files) {
    if (!isRecord(file.content) || !Array.isArray(file.content.nodes) || !Array.isArray(file.content.edges)) {
      problems.push({ where: file.path, message: 'a curation file must be an object with lists "nodes" and "edges"' });
      continue;
    }
    file.content.nodes.forEach((node, i) => {
      if (!isRecord(node) || typeof node.id !== 'string') {
        problems.push({ where: `${file.path}: nodes[${i}]`, message: 'node must be an object with an id' });
        return;
      }
      const defined = origin.get(`node:${node.id}`);
      if (defined) {
        problems.push({ where: `${file.path}: node "${node.id}"`, message: `node "${node.id}" is already defined in ${defined.join(', ')}` });
        return;
      }
      addOrigin(origin, `node:${node.id}`, file.path);
      nodes.push(node as unknown as GraphNode);
    });
    file.content.edges.forEach((edge, i) => {
      if (!isRecord(edge) || typeof edge.source !== 'string' || typeof edge.target !== 'string' || typeof edge.relation !== 'string') {
        problems.push({ where: `${file.path}: edges[${i}]`, message: 'edge must be an object with source, target and relation' });
        return;
      }
      const id = edgeId(edge.source, edge.relation, edge.target);
      addOrigin(origin, `edge:${id}`, file.path);
      const evidence = Array.isArray(edge.evidence) ? edge.evidence : [];
      const sign = (restoreEdge({ ...edge, id }, counts).sign ?? 0) as Sign;
      const existing = edges.get(id);
      if (existing) {
        existing.evidence.push(...(evidence as GraphEdge['evidence']));
        if (existing.sign !== sign) {
          problems.push({ where: `${file.path}: edge "${id}"`, message: `sign ${sign} disagrees with sign ${existing.sign} given for the same edge elsewhere` });
        }
        return;
      }
      const compiled: GraphEdge = {
        ...(edge as unknown as GraphEdge),
        id,
        sign,
        evidence: [...(evidence as GraphEdge['evidence'])],
      };
      if (edge.evidence !== undefined && !Array.isArray(edge.evidence)) {
        compiled.evidence = edge.evidence as GraphEdge['evidence'];
      }
      edges.set(id, compiled);
    });
  }

  const nodeIds = new Set(nodes.map((n) => n.id));
  const positions = input.positions
    ? Object.fromEntries(Object.entries(input.positions).filter(([id]) => nodeIds.has(id)))
    : undefined;

  const graph: ExonetGraph = {
    format: 'exonet-graph',
    version: 1,
    source: input.meta.source,
    nodes,
    edges: [...edges.values()].map(orderEdgeKeys),
    references: input.meta.references ?? [],
    ...(positions ? { positions } : {}),
  };
  return { graph, problems, origin, notes: restoreNotes(counts) };
}

function orderEdgeKeys(edge: GraphEdge): GraphEdge {
  const { id, source, target, relation, sign, evidence, ...rest } = edge;
  return { id, source, target, relation, sign, evidence, ...rest };
}

/** Prefixes a compiled graph's problem with the file(s) its element comes from. */
export function locateProblem(problem: Problem, origin: Map<string, string[]>): Problem {
  const match = /^(node|edge) "([^"]+)"/.exec(problem.where);
  if (!match) return problem;
  const files = origin.get(`${match[1]}:${match[2]}`);
  return files ? { ...problem, where: `${files.join(' + ')}: ${problem.where}` } : problem;
}
