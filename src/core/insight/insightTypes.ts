// The vocabulary of the insight views (product.md "Matrix, knock-out, contradictions and key
// mediators"): what a matrix, a knock-out, a contradiction and a key mediator are, shared by
// core, the CLI and the explorer.
//
// A causal step is an edge with sign +1 or -1, walked in its direction (the same steps as
// the causal mode of core/paths: parallel edges between two nodes make one step, whose sign
// is 0 when they disagree). Rows are the protein nodes marked exosomal, columns the
// hallmark nodes. "Reaches within H hops" means a causal path of at most H steps.

import type { Sign } from '../model/types';
import type { PathResult } from '../paths/pathTypes';

/** The default longest causal path, in steps, for every insight view. */
export const DEFAULT_INSIGHT_HOPS = 5;
/** The limits the CLI and the explorer accept for the longest path (those of the path finder). */
export const INSIGHT_HOPS_LIMITS = { min: 1, max: 8 } as const;

export interface InsightOptions {
  /** The longest causal path, in steps (a whole number from 1; default 5). */
  maxHops?: number;
  /** Node ids taken out of the graph: no path passes through them, and they are no row or column. */
  removed?: readonly string[];
}

/** One protein → hallmark pair that a causal path joins. */
export interface MatrixCell {
  row: string;
  column: string;
  /** The fewest steps of a causal path. */
  hops: number;
  /** 1 when every shortest causal path promotes, -1 when every one suppresses, 0 otherwise. */
  sign: Sign;
}

export interface InsightMatrix {
  /** Exosomal protein ids, in ordinal order of ids. */
  rows: string[];
  /** Hallmark ids, in ordinal order of ids. */
  columns: string[];
  /** A cell only where a path exists, in row then column order. */
  cells: MatrixCell[];
}

export interface ProteinHallmarkPair {
  from: string;
  to: string;
}

export interface KnockoutResult {
  removed: string[];
  /** Pairs that had a causal path within the hops and have none without the removed nodes. */
  lost: ProteinHallmarkPair[];
  /** How many pairs had a path and still have one. */
  kept: number;
  before: InsightMatrix;
  after: InsightMatrix;
}

/** A pair with both a promoting and a suppressing causal path; each side's best path. */
export interface Contradiction extends ProteinHallmarkPair {
  promotes: PathResult;
  suppresses: PathResult;
}

export interface Mediator {
  id: string;
  /** Betweenness over causal steps from exosomal proteins to hallmarks (pair dependencies summed). */
  score: number;
}

export function checkMaxHops(maxHops: number | undefined): number {
  const hops = maxHops ?? DEFAULT_INSIGHT_HOPS;
  if (!Number.isInteger(hops) || hops < 1) throw new RangeError(`maxHops must be a whole number from 1, not ${hops}`);
  return hops;
}
