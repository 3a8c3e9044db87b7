// A path as `path --json` prints it, and as the insight commands embed it.

import type { ExonetGraph } from '../core/model/types';
import { netEffectOf } from '../core/paths/formatPath';
import type { PathResult } from '../core/paths/pathTypes';
import { EFFECT_WORDS } from '../core/words/phrases';

export interface PathJson {
  nodes: string[];
  edges: string[];
  sign: PathResult['sign'];
  /** Steps walked against their edge (undirected mode); such a path has sign 0. */
  backwardSteps: number;
  effect: string;
  refs: number[];
  /** Steps resting only on hedged evidence. */
  hedged: number;
}

export function pathJson(graph: ExonetGraph, p: PathResult): PathJson {
  return { nodes: p.nodes, edges: p.edges, sign: p.sign, backwardSteps: p.backwardSteps, effect: EFFECT_WORDS[netEffectOf(graph, p)], refs: p.refs, hedged: p.hedged };
}
