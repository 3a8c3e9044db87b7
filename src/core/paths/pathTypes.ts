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
  /** The common sign of the step's edges, or 0 when they disagree or are unsigned. */
  sign: Sign;
}

export interface PathResult {
  /** Distinct node ids from the start to the end. */
  nodes: string[];
  /** The edge ids of all steps, in step order. */
  edges: string[];
  steps: PathStep[];
  /**
   * The product of the step signs. In undirected mode edges keep their sign whichever way
   * they are crossed, so the sign tells whether the two ends rise and fall together, not
   * that the start drives the end.
   */
  sign: Sign;
  /** The sorted union of the reference numbers of every evidence item of every edge. */
  refs: number[];
  /** The number of steps: nodes.length - 1. */
  hops: number;
}

export const EFFECT_SIGN: Readonly<Record<PathEffect, 1 | -1>> = { promotes: 1, suppresses: -1 };
