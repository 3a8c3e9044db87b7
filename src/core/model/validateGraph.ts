// The validator: checks that a value is a well-formed ExoNet graph and reports every
// violation with where it is. A graph that passes can be used by every other module.

import { namesOf } from './names';
import { normalizeName } from './normalizeName';
import type { ExonetGraph, Problem, Result } from './types';
import { NODE_TYPES } from './types';
import { validateReferenceList, validateSourceSections } from './validateSource';
import { isRecord, OPEN_SCOPE, showValue, validateEvidenceList, type EvidenceScope } from './validateEvidence';
import { FLEXIBLE_SIGN_RELATIONS, RELATION_SIGNS } from './vocabulary';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const EDGE_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);
const EDGE_ENDS = ['source', 'target'] as const;

function nodeWhere(index: number, id: unknown): string {
  return typeof id === 'string' && id ? `node ${showValue(id)}` : `nodes[${index}]`;
}

function edgeWhere(index: number, id: unknown): string {
  return typeof id === 'string' && id ? `edge ${showValue(id)}` : `edges[${index}]`;
}

const isText = (value: unknown): boolean => typeof value === 'string';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function validateNodes(nodes: unknown[], problems: Problem[], scope: EvidenceScope): Set<string> {
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    if (!isRecord(node)) {
      problems.push({ where: `nodes[${i}]`, message: 'node must be an object' });
      return;
    }
    const at = () => nodeWhere(i, node.id);
    if (typeof node.id !== 'string' || !ID_PATTERN.test(node.id)) {
      problems.push({ where: `${at()}.id`, message: `id ${showValue(node.id)} must be a lowercase slug (a-z, 0-9, -)` });
    } else if (ids.has(node.id)) {
      problems.push({ where: `${at()}.id`, message: `duplicate node id "${node.id}"` });
    } else {
      ids.add(node.id);
    }
    if (typeof node.label !== 'string' || node.label.trim() === '') {
      problems.push({ where: `${at()}.label`, message: 'label must be a non-empty text' });
    }
    if (typeof node.type !== 'string' || !NODE_TYPE_SET.has(node.type)) {
      problems.push({ where: `${at()}.type`, message: `unknown node type ${showValue(node.type)} (expected one of ${NODE_TYPES.join(', ')})` });
    }
    if (node.aliases !== undefined && !isStringList(node.aliases)) {
      problems.push({ where: `${at()}.aliases`, message: 'aliases must be a list of texts' });
    }
    if (node.description !== undefined && typeof node.description !== 'string') {
      problems.push({ where: `${at()}.description`, message: 'description must be a text' });
    }
    if (node.exosomal !== undefined && typeof node.exosomal !== 'boolean') {
      problems.push({ where: `${at()}.exosomal`, message: 'exosomal must be true or false' });
    }
    if (node.canonical !== undefined && typeof node.canonical !== 'boolean') {
      problems.push({ where: `${at()}.canonical`, message: 'canonical must be true or false' });
    } else if (node.canonical !== undefined && node.type !== 'hallmark') {
      problems.push({ where: `${at()}.canonical`, message: 'only a hallmark node says whether it is canonical' });
    }
    if (node.xrefs !== undefined && (!isRecord(node.xrefs) || !Object.values(node.xrefs).every((v) => typeof v === 'string'))) {
      problems.push({ where: `${at()}.xrefs`, message: 'xrefs must map database names to identifiers' });
    }
    if (node.attributes !== undefined && (!isRecord(node.attributes) || !Object.values(node.attributes).every((v) => ['string', 'number', 'boolean'].includes(typeof v) || isStringList(v)))) {
      problems.push({ where: `${at()}.attributes`, message: 'attributes must map names to texts, numbers, true/false or lists of texts' });
    }
    validateEvidenceList(node.evidence, () => `${at()}.evidence`, problems, false, scope);
  });
  return ids;
}

function validateEdges(edges: unknown[], nodeIds: Set<string>, problems: Problem[], scope: EvidenceScope): void {
  const ids = new Set<string>();
  const triples = new Map<string, number>();
  edges.forEach((edge, i) => {
    if (!isRecord(edge)) {
      problems.push({ where: `edges[${i}]`, message: 'edge must be an object' });
      return;
    }
    const at = () => edgeWhere(i, edge.id);
    if (typeof edge.id !== 'string' || !EDGE_ID_PATTERN.test(edge.id)) {
      problems.push({ where: `${at()}.id`, message: `id ${showValue(edge.id)} must be a lowercase slug` });
    } else if (ids.has(edge.id)) {
      problems.push({ where: `${at()}.id`, message: `duplicate edge id "${edge.id}"` });
    } else if (nodeIds.has(edge.id)) {
      // Cytoscape keeps nodes and edges in one id space and would drop this edge.
      problems.push({ where: `${at()}.id`, message: `id "${edge.id}" is also the id of a node; nodes and edges need distinct ids` });
    } else {
      ids.add(edge.id);
    }
    for (const end of EDGE_ENDS) {
      const value = edge[end];
      if (typeof value !== 'string' || !nodeIds.has(value)) {
        problems.push({ where: `${at()}.${end}`, message: `${end} ${showValue(value)} is not a node of the graph` });
      }
    }
    const relation = edge.relation;
    const expected = typeof relation === 'string' && Object.hasOwn(RELATION_SIGNS, relation) ? RELATION_SIGNS[relation] : undefined;
    if (expected === undefined) {
      problems.push({ where: `${at()}.relation`, message: `unknown relation ${showValue(relation)}` });
    } else if (edge.sign !== expected) {
      const flexible = FLEXIBLE_SIGN_RELATIONS.has(relation as string) && (edge.sign === 1 || edge.sign === -1);
      if (!flexible) {
        problems.push({ where: `${at()}.sign`, message: `sign ${showValue(edge.sign)} does not fit relation "${String(relation)}" (expected ${expected})` });
      }
    }
    if (typeof edge.source === 'string' && typeof edge.target === 'string' && typeof relation === 'string') {
      const key = `${edge.source}\u0000${relation}\u0000${edge.target}`;
      const first = triples.get(key);
      if (first !== undefined) {
        const firstWhere = edgeWhere(first, (edges[first] as Record<string, unknown>).id);
        problems.push({ where: at(), message: `same source, relation and target as ${firstWhere}; merge their evidence into one edge` });
      } else {
        triples.set(key, i);
      }
    }
    if (edge.biomarker !== undefined && (!isRecord(edge.biomarker) || !Object.values(edge.biomarker).every(isText))) {
      problems.push({ where: `${at()}.biomarker`, message: 'biomarker must map fluid, sensitivity, specificity and auc to texts' });
    }
    validateEvidenceList(edge.evidence, () => `${at()}.evidence`, problems, true, scope);
  });
}

function validateNameClashes(nodes: unknown[], problems: Problem[]): void {
  const owner = new Map<string, string>();
  for (const node of nodes) {
    if (!isRecord(node) || typeof node.id !== 'string' || typeof node.label !== 'string') continue;
    const names = namesOf({ id: node.id, label: node.label, type: 'protein', aliases: isStringList(node.aliases) ? node.aliases : [] });
    for (const norm of new Set(names.map(normalizeName))) {
      if (!norm) continue;
      const other = owner.get(norm);
      if (other !== undefined && other !== node.id) {
        problems.push({ where: `node "${node.id}"`, message: `a name of it matches node "${other}" after normalisation ("${norm}")` });
      } else {
        owner.set(norm, node.id);
      }
    }
  }
}

function validateSource(source: unknown, problems: Problem[]): EvidenceScope {
  if (!isRecord(source) || typeof source.title !== 'string') {
    problems.push({ where: 'source', message: 'source must name the review (title, authors)' });
    return OPEN_SCOPE;
  }
  if (!isStringList(source.authors)) problems.push({ where: 'source.authors', message: 'authors must be a list of texts' });
  for (const key of ['journal', 'doi'] as const) {
    if (source[key] !== undefined && !isText(source[key])) problems.push({ where: `source.${key}`, message: `${key} must be a text` });
  }
  if (source.year !== undefined && !Number.isInteger(source.year)) problems.push({ where: 'source.year', message: 'year must be a whole number' });
  return validateSourceSections(source, problems);
}

function validatePositions(positions: unknown, nodeIds: Set<string>, problems: Problem[]): void {
  if (positions === undefined) return;
  if (!isRecord(positions)) {
    problems.push({ where: 'positions', message: 'positions must map node ids to {x, y}' });
    return;
  }
  for (const [id, pos] of Object.entries(positions)) {
    if (!nodeIds.has(id)) problems.push({ where: `positions.${id}`, message: `position for unknown node "${id}"` });
    else if (!isRecord(pos) || !Number.isFinite(pos.x) || !Number.isFinite(pos.y)) {
      problems.push({ where: `positions.${id}`, message: 'a position needs finite numbers x and y' });
    }
  }
}

/** Every problem of a candidate graph; an empty list means it is a valid ExonetGraph. */
export function listGraphProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(value)) return [{ where: 'file', message: 'a graph must be a JSON object' }];
  if (value.format !== 'exonet-graph') {
    problems.push({ where: 'format', message: `format must be "exonet-graph", not ${showValue(value.format)}` });
  }
  if (value.version !== 1) problems.push({ where: 'version', message: `version ${showValue(value.version)} is not supported (expected 1)` });
  const scope = validateSource(value.source, problems);
  const nodes = Array.isArray(value.nodes) ? value.nodes : null;
  const edges = Array.isArray(value.edges) ? value.edges : null;
  if (!nodes) problems.push({ where: 'nodes', message: 'nodes must be a list' });
  if (!edges) problems.push({ where: 'edges', message: 'edges must be a list' });
  const nodeIds = nodes ? validateNodes(nodes, problems, scope) : new Set<string>();
  if (edges) validateEdges(edges, nodeIds, problems, scope);
  if (nodes) validateNameClashes(nodes, problems);
  validateReferenceList(value.references, scope.refs, problems);
  validatePositions(value.positions, nodeIds, problems);
  return problems;
}

export function validateGraph(value: unknown): Result<ExonetGraph> {
  const problems = listGraphProblems(value);
  return problems.length ? { ok: false, problems } : { ok: true, value: value as ExonetGraph };
}
