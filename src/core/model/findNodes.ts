// Finding nodes by name, as product.md "Finding nodes by name" says: an exact normalised
// match wins; several equally good matches are an ambiguity, never silently resolved.

import { namesOf } from './names';
import { normalizeName } from './normalizeName';
import type { GraphNode } from './types';

export interface NameMatch {
  node: GraphNode;
  /** The name (id, label or alias) that matched best. */
  matched: string;
  /** 0 exact, 1 prefix, 2 word prefix, 3 substring. Lower is better. */
  rank: number;
}

export type Resolution =
  | { kind: 'found'; node: GraphNode }
  | { kind: 'ambiguous'; query: string; candidates: GraphNode[] }
  | { kind: 'unknown'; query: string; suggestions: GraphNode[] };

export interface SearchOptions {
  /**
   * Node types that rank before the others (after exact matches), such as hallmarks for
   * the end of a path: "angio" then suggests angiogenesis before angiogenin.
   */
  preferTypes?: readonly string[];
}

export interface NameIndex {
  search(query: string, limit?: number, options?: SearchOptions): NameMatch[];
  resolve(query: string): Resolution;
}

interface Entry {
  node: GraphNode;
  name: string;
  norm: string;
  /** Normalised words of the name, for word-prefix matches ("necrosis" in "tumour necrosis factor"). */
  words: string[];
}

function rankOf(entry: Entry, q: string): number {
  if (entry.norm === q) return 0;
  if (entry.norm.startsWith(q)) return 1;
  if (entry.words.some((w) => w.startsWith(q))) return 2;
  if (entry.norm.includes(q)) return 3;
  return -1;
}

export function createNameIndex(nodes: readonly GraphNode[]): NameIndex {
  const entries: Entry[] = [];
  for (const node of nodes) {
    for (const name of namesOf(node)) {
      const norm = normalizeName(name);
      if (!norm) continue;
      const words = name.split(/[\s/]+/).map(normalizeName).filter(Boolean);
      entries.push({ node, name, norm, words });
    }
  }

  function search(query: string, limit = 20, options: SearchOptions = {}): NameMatch[] {
    const preferred = new Set(options.preferTypes ?? []);
    const preference = (m: NameMatch) => (m.rank === 0 ? 0 : preferred.has(m.node.type) ? 1 : 2);
    const q = normalizeName(query);
    if (!q) return [];
    const best = new Map<string, NameMatch>();
    for (const entry of entries) {
      const rank = rankOf(entry, q);
      if (rank < 0) continue;
      const prev = best.get(entry.node.id);
      if (!prev || rank < prev.rank || (rank === prev.rank && entry.name.length < prev.matched.length)) {
        best.set(entry.node.id, { node: entry.node, matched: entry.name, rank });
      }
    }
    return [...best.values()]
      .sort(
        (a, b) =>
          preference(a) - preference(b) ||
          a.rank - b.rank ||
          a.matched.length - b.matched.length ||
          a.node.label.localeCompare(b.node.label),
      )
      .slice(0, limit);
  }

  function resolve(query: string): Resolution {
    const matches = search(query, 50);
    const exact = matches.filter((m) => m.rank === 0);
    if (exact.length === 1) return { kind: 'found', node: exact[0].node };
    if (exact.length > 1) return { kind: 'ambiguous', query, candidates: exact.map((m) => m.node) };
    const bestRank = matches[0]?.rank;
    const top = matches.filter((m) => m.rank === bestRank);
    if (top.length === 1 && bestRank === 1) return { kind: 'found', node: top[0].node };
    if (top.length > 1 && bestRank === 1) {
      return { kind: 'ambiguous', query, candidates: top.map((m) => m.node) };
    }
    return { kind: 'unknown', query, suggestions: matches.slice(0, 5).map((m) => m.node) };
  }

  return { search, resolve };
}
