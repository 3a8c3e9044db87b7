// Node groups for a knock-out ("all integrins"): the nodes that one of whose names, or a word
// of it, begins with the family word, compared as names are (normalizeName), with a plural
// "s" dropped, so "integrins" gathers "integrins", "integrin α6β1" and "integrin α6β4".

import { namesOf } from '../model/names';
import { normalizeName } from '../model/normalizeName';
import type { ExonetGraph, GraphNode } from '../model/types';

/** The shortest family word accepted, so that "a" does not gather half the graph. */
export const MIN_FAMILY_LENGTH = 3;

export function familyStem(word: string): string {
  const norm = normalizeName(word);
  return norm.length > MIN_FAMILY_LENGTH && norm.endsWith('s') ? norm.slice(0, -1) : norm;
}

/** The members of a family, in graph order; [] for a word shorter than MIN_FAMILY_LENGTH. */
export function familyMembers(graph: ExonetGraph, word: string): GraphNode[] {
  const stem = familyStem(word);
  if (stem.length < MIN_FAMILY_LENGTH) return [];
  return graph.nodes.filter((node) =>
    namesOf(node).some((name) => normalizeName(name).startsWith(stem) || name.split(/[\s/]+/).some((w) => normalizeName(w).startsWith(stem))),
  );
}
