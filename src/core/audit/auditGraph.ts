// The curation audit of a graph against its source text (or a fixture of the text's
// locations): is each evidence item's every reference cited in its section (placed), does a
// sentence of that section that cites one of them mention its source or target (anchored),
// does a claim or description copy a run of seven words of the text, and which citation
// sentences does no evidence item cover (cite one of its references and name both ends of
// the edge, or the node, near it: uncovered). Pure.

import { namesOf } from '../model/names';
import type { Evidence, ExonetGraph, GraphNode } from '../model/types';
import { wordRuns, words } from '../stats/wordRuns';
import { mentions, type LocatedSentence, type TextLocations } from './locateText';

export interface AuditCount {
  ok: number;
  total: number;
  /** The items that fail: "edge:ID/0" (an edge's first evidence item), "node:ID/1". */
  items: string[];
}

export interface CopiedRun {
  /** "edge:ID/0", or "node:ID/description". */
  item: string;
  run: string;
}

/** A citation sentence that no evidence item covers (names both ends of its edge near one of its references). */
export interface UncoveredSentence {
  section: string;
  line: number;
  refs: number[];
}

export interface AuditReport {
  placed: AuditCount;
  /** Cited evidence items only: an item without references has nothing to anchor. An item is
   * anchored when a sentence of its section near one of its references names its source or target. */
  anchored: AuditCount;
  copiedRuns: CopiedRun[];
  uncovered: UncoveredSentence[];
}

interface Item {
  id: string;
  evidence: Evidence;
  /** The nodes it is about: an edge's source and target, or the node itself. */
  about: GraphNode[];
}

function evidenceItems(graph: ExonetGraph): Item[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const items: Item[] = [];
  for (const node of graph.nodes) (node.evidence ?? []).forEach((evidence, i) => items.push({ id: `node:${node.id}/${i}`, evidence, about: [node] }));
  for (const edge of graph.edges) {
    const about = [byId.get(edge.source), byId.get(edge.target)].filter((n): n is GraphNode => n !== undefined);
    edge.evidence.forEach((evidence, i) => items.push({ id: `edge:${edge.id}/${i}`, evidence, about }));
  }
  return items;
}

function count(results: Array<{ id: string; ok: boolean }>): AuditCount {
  const failing = results.filter((r) => !r.ok).map((r) => r.id);
  return { ok: results.length - failing.length, total: results.length, items: failing };
}

const mentionsNode = (keys: ReadonlySet<string>, node: GraphNode) =>
  mentions(keys, node.id, true) || namesOf(node).slice(1).some((name) => mentions(keys, name));

/** Runs of seven words shared with the text, leaving out lists of entity names or numbers. */
export function copiedRunsOf(graph: ExonetGraph, runs: ReadonlySet<string>): CopiedRun[] {
  const names = new Set(graph.nodes.flatMap((n) => [n.label, ...(n.aliases ?? [])].flatMap(words)));
  const isName = (w: string) => names.has(w) || /\d/.test(w);
  const texts: Array<{ item: string; text: string }> = [
    ...graph.nodes.flatMap((n) => (n.description ? [{ item: `node:${n.id}/description`, text: n.description }] : [])),
    ...evidenceItems(graph).map((it) => ({ item: it.id, text: it.evidence.claim })),
  ];
  const copied: CopiedRun[] = [];
  for (const { item, text } of texts) {
    const run = wordRuns(words(text)).find((r) => runs.has(r.hash) && r.words.filter(isName).length < 4);
    if (run) copied.push({ item, run: run.words.join(' ') });
  }
  return copied;
}

export function auditGraph(graph: ExonetGraph, text: TextLocations): AuditReport {
  const items = evidenceItems(graph);
  const bySection = new Map<string, Array<{ sentence: LocatedSentence; keys: Set<string> }>>();
  for (const sentence of text.sentences) {
    const list = bySection.get(sentence.section) ?? [];
    list.push({ sentence, keys: new Set(sentence.keys) });
    bySection.set(sentence.section, list);
  }
  const covered = new Set<LocatedSentence>();
  const placed = items.map(({ id, evidence }) => {
    const cited = new Set(text.sectionRefs[evidence.section] ?? []);
    return { id, ok: evidence.refs.every((r) => cited.has(r)) };
  });
  const anchored = items
    .filter((it) => it.evidence.refs.length > 0)
    .map(({ id, evidence, about }) => {
      const refs = new Set(evidence.refs);
      let ok = false;
      for (const { sentence, keys } of bySection.get(evidence.section) ?? []) {
        if (!sentence.refs.some((r) => refs.has(r))) continue;
        const named = about.filter((node) => mentionsNode(keys, node));
        if (named.length) ok = true;
        // A sentence is covered by an item that names all it is about: both ends of an edge.
        if (named.length === about.length) covered.add(sentence);
      }
      return { id, ok };
    });
  return {
    placed: count(placed),
    anchored: count(anchored),
    copiedRuns: copiedRunsOf(graph, text.runs),
    uncovered: text.sentences.filter((s) => !covered.has(s)).map(({ section, line, refs }) => ({ section, line, refs })),
  };
}
