// The vocabulary of path queries: the options a caller may give and the paths that come
// back. Shared by findPaths, the formatters, the CLI and the explorer's path finder.

import type { NodeType, Sign } from '../model/types';
import { DEFAULT_PATH_QUERY } from './pathQuery';

/** 'causal' follows signed edges in their direction; 'undirected' uses every edge both ways. */
export type PathMode = 'causal' | 'undirected';

/** The net effect a path must have: 'promotes' is a net sign of +1, 'suppresses' of -1. */
export type PathEffect = 'promotes' | 'suppresses';

export interface PathOptions {
  /** How many paths to return at most (a positive whole number; default 5). */
  k?: number;
  /** The longest path, in steps (a whole number from 0; default 5). */
  maxHops?: number;
  /** Default 'causal'. */
  mode?: PathMode;
  /** Node ids that no path may pass through. The start and the end are never avoided. */
  avoidNodes?: readonly string[];
  /** Node types that no path may pass through. The start and the end are never avoided. */
  avoidTypes?: readonly (NodeType | string)[];
  /** Keep only paths with this net effect. */
  effect?: PathEffect;
}

/** The defaults of findPaths: those of the path query (core/paths/pathQuery.ts). */
export const DEFAULT_PATH_OPTIONS = { k: DEFAULT_PATH_QUERY.k, maxHops: DEFAULT_PATH_QUERY.maxHops, mode: 'causal' as PathMode };

/** One step of a path: every edge that joins `from` and `to` in the allowed direction. */
export interface PathStep {
  from: string;
  to: string;
  /** Edge ids, in the graph's edge order. */
  edges: string[];
  /**
   * The common sign of the step's edges that go from `from` to `to`; 0 when they disagree,
   * are unsigned, or when no edge goes that way (a step walked against its edges).
   */
  sign: Sign;
  /** True when the step rests only on hedged evidence: every item of every edge is hedged. */
  hedged: boolean;
  /** True when every edge of the step goes from `to` to `from` (undirected mode only). */
  backward: boolean;
}

export interface PathResult {
  /** Distinct node ids from the start to the end. */
  nodes: string[];
  /** The edge ids of all steps, in step order. */
  edges: string[];
  steps: PathStep[];
  /**
   * The product of the step signs: +1 the start promotes the end, -1 it suppresses it.
   * 0 when a step's edges disagree or are unsigned, and whenever a step is walked against
   * its edges (undirected mode): such a chain has no net effect.
   */
  sign: Sign;
  /** How many steps are walked against their edges (always 0 in causal mode). */
  backwardSteps: number;
  /** The sorted union of the reference numbers of every evidence item of every edge. */
  refs: number[];
  /** The number of steps: nodes.length - 1. */
  hops: number;
  /** How many steps rest only on hedged evidence ("may", "is thought"). */
  hedged: number;
}

export const EFFECT_SIGN: Readonly<Record<PathEffect, 1 | -1>> = { promotes: 1, suppresses: -1 };
