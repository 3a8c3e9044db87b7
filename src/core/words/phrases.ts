// The words a reader sees for the format's vocabulary: every relation in both directions,
// a path's net effect, and counts that agree in number. The one home of these phrases: the
// side panel, path lists, copy-as-text, captions, exports and the CLI all read them here,
// so that no relation id ("increases_release") ever reaches a reader.

import type { GraphEdge } from '../model/types';

export interface RelationPhrase {
  /** Source to target: "CAF increases the release of TGFβ". */
  forward: string;
  /** Target to source: "TGFβ is released more because of CAF". */
  backward: string;
}

export const RELATION_PHRASES: Readonly<Record<string, RelationPhrase>> = {
  activates: { forward: 'activates', backward: 'is activated by' },
  promotes: { forward: 'promotes', backward: 'is promoted by' },
  induces: { forward: 'induces', backward: 'is induced by' },
  upregulates: { forward: 'upregulates', backward: 'is upregulated by' },
  increases_release: { forward: 'increases the release of', backward: 'is released more because of' },
  differentiates_into: { forward: 'differentiates into', backward: 'arises by differentiation of' },
  inhibits: { forward: 'inhibits', backward: 'is inhibited by' },
  suppresses: { forward: 'suppresses', backward: 'is suppressed by' },
  downregulates: { forward: 'downregulates', backward: 'is downregulated by' },
  degrades: { forward: 'degrades', backward: 'is degraded by' },
  carries: { forward: 'carries', backward: 'is carried by' },
  marker_of: { forward: 'is a marker of', backward: 'is marked by' },
  biomarker_for: { forward: 'is a biomarker for', backward: 'has as a biomarker' },
  part_of: { forward: 'is part of', backward: 'has as a part' },
  binds: { forward: 'binds', backward: 'is bound by' },
  associated_with: { forward: 'is associated with', backward: 'is associated with' },
  targets: { forward: 'targets', backward: 'is targeted by' },
};

/** The phrase of a relation; a relation outside the table reads as its words ("is linked to"). */
export function relationPhrase(relation: string): RelationPhrase {
  if (Object.hasOwn(RELATION_PHRASES, relation)) return RELATION_PHRASES[relation];
  const words = relation.replace(/[_\-\s]+/g, ' ').trim() || 'is linked to';
  return { forward: words, backward: `is linked by "${words}" to` };
}

/** "CAF increases the release of TGFβ": an edge in its own direction. */
export function edgeSentence(edge: Pick<GraphEdge, 'source' | 'target' | 'relation'>, label: (id: string) => string): string {
  return `${label(edge.source)} ${relationPhrase(edge.relation).forward} ${label(edge.target)}`;
}

/** Several relations joined for one statement: "activates and induces". */
export function joinPhrases(phrases: readonly string[]): string {
  const distinct = [...new Set(phrases)];
  if (distinct.length <= 1) return distinct[0] ?? '';
  return `${distinct.slice(0, -1).join(', ')} and ${distinct[distinct.length - 1]}`;
}

/**
 * A path's net effect: it promotes or suppresses its end; a step walked against its edge
 * leaves it with no net effect ('mixed-direction'); a step whose parallel edges disagree
 * ('conflicting-evidence'); a step with only non-causal links ('non-causal').
 */
export type NetEffect = 'promotes' | 'suppresses' | 'mixed-direction' | 'conflicting-evidence' | 'non-causal';

export const EFFECT_WORDS: Readonly<Record<NetEffect, string>> = {
  promotes: 'promotes',
  suppresses: 'suppresses',
  'mixed-direction': 'mixed direction',
  'conflicting-evidence': 'conflicting evidence',
  'non-causal': 'non-causal link',
};

/** What an edge sign means for a reader. */
export const SIGN_WORDS: Readonly<Record<-1 | 0 | 1, string>> = { 1: 'activation (+)', [-1]: 'inhibition (−)', 0: 'non-causal' };

const PLURALS: Readonly<Record<string, string>> = {
  reference: 'references',
  step: 'steps',
  hop: 'hops',
  path: 'paths',
  node: 'nodes',
  edge: 'edges',
  'evidence item': 'evidence items',
  problem: 'problems',
  'step walked against its edge': 'steps walked against their edges',
};

/** "1 reference", "3 references": a count that agrees in number with its noun. */
export function countOf(n: number, singular: string, plural = PLURALS[singular] ?? `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "refs 133, 202, 203", "ref 12", or "no references": the review's own numbers, never renumbered. */
export function refsPhrase(refs: readonly number[]): string {
  if (!refs.length) return 'no references';
  return `${refs.length === 1 ? 'ref' : 'refs'} ${refs.join(', ')}`;
}

/** "[108, 109]" or "uncited": the review's own reference numbers as a reader cites them. */
export function bracketRefs(refs: readonly number[]): string {
  return refs.length ? `[${refs.join(', ')}]` : 'uncited';
}

/** Every reference of an edge's evidence, each once, in ascending order. */
export function edgeRefs(edge: Pick<GraphEdge, 'evidence'>): number[] {
  return [...new Set(edge.evidence.flatMap((e) => e.refs))].sort((a, b) => a - b);
}

/**
 * An edge as a reader says it, with its references and how sure the review is:
 * "TGFβ activates fibroblast [108, 109]", "... [12] (hedged: “may”)" when every statement
 * of it is hedged, "... (partly hedged)" when some are.
 */
export function edgeStatement(edge: Pick<GraphEdge, 'source' | 'target' | 'relation' | 'evidence'>, label: (id: string) => string): string {
  const hedged = edge.evidence.filter((e) => e.certainty === 'hedged');
  const words = [...new Set(hedged.map((e) => e.hedge ?? '').filter(Boolean))];
  const note = !hedged.length ? '' : hedged.length === edge.evidence.length ? ` (hedged${words.length ? `: ${words.map((w) => `“${w}”`).join(', ')}` : ''})` : ' (partly hedged)';
  return `${edgeSentence(edge, label)} ${bracketRefs(edgeRefs(edge))}${note}`;
}

/** "HSP70, protein, 12 connections": a node as a screen reader announces it. */
export function nodeStatement(node: { label: string; type: string }, connections: number): string {
  return `${node.label}, ${node.type}, ${countOf(connections, 'connection')}`;
}
