// The text view of the graph: one row per visible edge, said in plain words with its
// references and sections, and one row per visible node with its connections; sorting
// and the group boundaries of a sorted list. Rows are built from the same visible set the
// canvas shows, so the table and the canvas always hold the same elements.

import type { VisibleSet } from '../filter/criteria';
import { sectionsOf } from '../model/sections';
import type { ExonetGraph, GraphEdge, NodeType, Sign } from '../model/types';
import { edgeRefs, edgeSentence, edgeStatement, relationPhrase } from './phrases';

export type SortDirection = 'ascending' | 'descending';

export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  /** The relation read from source to target: "activates". */
  phrase: string;
  sign: Sign;
  /** "TGFβ activates fibroblast". */
  sentence: string;
  /** The sentence with references and hedging: "TGFβ activates fibroblast [108, 109]". */
  statement: string;
  /** Every reference of its evidence, ascending. */
  refs: number[];
  /** Section slugs of its evidence, each once, in the review's reading order. */
  sections: string[];
  /** 'all': every statement is hedged; 'some': some are; 'none': all stated plainly. */
  hedged: 'all' | 'some' | 'none';
  /** The hedging words of its hedged statements ("may"). */
  hedgeWords: string[];
}

export interface NodeRow {
  id: string;
  label: string;
  type: NodeType;
  /** Edges of the visible set that touch it. */
  connections: number;
  /** Edges of the whole graph that touch it. */
  total: number;
}

export type EdgeSortKey = 'source' | 'relation' | 'target' | 'references' | 'section';
export type NodeSortKey = 'label' | 'type' | 'connections';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function hedgingOf(edge: GraphEdge): Pick<EdgeRow, 'hedged' | 'hedgeWords'> {
  const hedged = edge.evidence.filter((e) => e.certainty === 'hedged');
  const hedgeWords = [...new Set(hedged.map((e) => e.hedge ?? '').filter(Boolean))];
  return { hedged: !hedged.length ? 'none' : hedged.length === edge.evidence.length ? 'all' : 'some', hedgeWords };
}

/** The rows of the visible edges, in the graph's edge order. */
export function edgeRows(graph: ExonetGraph, visible: VisibleSet): EdgeRow[] {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const label = (id: string) => labels.get(id) ?? id;
  const order = new Map(sectionsOf(graph).map((s, i) => [s.slug, i]));
  const rank = (slug: string) => order.get(slug) ?? order.size;
  const rows: EdgeRow[] = [];
  for (const edge of graph.edges) {
    if (!visible.edges.has(edge.id)) continue;
    rows.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      sourceLabel: label(edge.source),
      targetLabel: label(edge.target),
      phrase: relationPhrase(edge.relation).forward,
      sign: edge.sign,
      sentence: edgeSentence(edge, label),
      statement: edgeStatement(edge, label),
      refs: edgeRefs(edge),
      sections: [...new Set(edge.evidence.map((e) => e.section))].sort((a, b) => rank(a) - rank(b)),
      ...hedgingOf(edge),
    });
  }
  return rows;
}

/** The rows of the visible nodes, in the graph's node order, with their connections. */
export function nodeRows(graph: ExonetGraph, visible: VisibleSet): NodeRow[] {
  const shown = new Map<string, number>();
  const total = new Map<string, number>();
  const bump = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);
  for (const e of graph.edges) {
    bump(total, e.source);
    if (e.target !== e.source) bump(total, e.target);
    if (!visible.edges.has(e.id)) continue;
    bump(shown, e.source);
    if (e.target !== e.source) bump(shown, e.target);
  }
  return graph.nodes
    .filter((n) => visible.nodes.has(n.id))
    .map((n) => ({ id: n.id, label: n.label, type: n.type, connections: shown.get(n.id) ?? 0, total: total.get(n.id) ?? 0 }));
}

type Compare<T> = (a: T, b: T) => number;

const byText = <T>(get: (row: T) => string): Compare<T> => (a, b) => collator.compare(get(a), get(b));
const byNumber = <T>(get: (row: T) => number): Compare<T> => (a, b) => get(a) - get(b);
const chain = <T>(...compares: Compare<T>[]): Compare<T> => (a, b) => {
  for (const c of compares) {
    const d = c(a, b);
    if (d !== 0) return d;
  }
  return 0;
};

/** Where a row stands in reading order: its first section; rows without one go last. */
function sectionRank(graph: ExonetGraph): (row: EdgeRow) => number {
  const order = new Map(sectionsOf(graph).map((s, i) => [s.slug, i]));
  return (row) => (row.sections.length ? order.get(row.sections[0]) ?? order.size : order.size + 1);
}

/** Uncited rows sort after every cited one, by their first reference number. */
const firstRef = (row: EdgeRow) => row.refs[0] ?? Number.MAX_SAFE_INTEGER;

/** The primary order of each column, and the columns that break its ties. */
function edgeCompare(graph: ExonetGraph, key: EdgeSortKey): { primary: Compare<EdgeRow>; ties: Compare<EdgeRow> } {
  const source = byText<EdgeRow>((r) => r.sourceLabel);
  const target = byText<EdgeRow>((r) => r.targetLabel);
  const relation = byText<EdgeRow>((r) => r.phrase);
  const id = byText<EdgeRow>((r) => r.id);
  switch (key) {
    case 'source': return { primary: source, ties: chain(target, relation, id) };
    case 'target': return { primary: target, ties: chain(source, relation, id) };
    case 'relation': return { primary: relation, ties: chain(source, target, id) };
    case 'references': return { primary: byNumber(firstRef), ties: chain(source, target, id) };
    case 'section': return { primary: byNumber(sectionRank(graph)), ties: chain(source, target, id) };
  }
}

/** Sorted by `primary` in the direction, then by `ties` always ascending. */
function sortBy<T>(rows: readonly T[], primary: Compare<T>, ties: Compare<T>, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary(a, b) || ties(a, b));
}

/**
 * The rows sorted by a column; ties are broken by the other columns (always A to Z), so
 * the order is the same whatever order the rows came in.
 */
export function sortEdgeRows(graph: ExonetGraph, rows: readonly EdgeRow[], key: EdgeSortKey, direction: SortDirection = 'ascending'): EdgeRow[] {
  const { primary, ties } = edgeCompare(graph, key);
  return sortBy(rows, primary, ties, direction);
}

export function sortNodeRows(rows: readonly NodeRow[], key: NodeSortKey, direction: SortDirection = 'ascending'): NodeRow[] {
  const label = byText<NodeRow>((r) => r.label);
  const id = byText<NodeRow>((r) => r.id);
  const primary = key === 'label' ? label : key === 'type' ? byText<NodeRow>((r) => r.type) : byNumber<NodeRow>((r) => r.connections);
  return sortBy(rows, primary, key === 'label' ? id : chain(label, id), direction);
}

/** What groups the rows of a sorted list: the node, relation or section of the sort column. */
export function groupKeyOf(key: EdgeSortKey): (row: EdgeRow) => string {
  switch (key) {
    case 'source': return (r) => r.source;
    case 'target': return (r) => r.target;
    case 'relation': return (r) => r.phrase;
    case 'references': return (r) => String(r.refs[0] ?? '');
    case 'section': return (r) => r.sections[0] ?? '';
  }
}

/** For each row of a sorted list, whether it begins a new group (its group differs from the row before). */
export function groupStarts(rows: readonly EdgeRow[], key: EdgeSortKey): boolean[] {
  const group = groupKeyOf(key);
  return rows.map((row, i) => i === 0 || group(row) !== group(rows[i - 1]));
}
