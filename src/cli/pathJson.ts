// A path as `path --json` prints it, and as the insight commands embed it.

import type { PathResult } from '../core/paths/pathTypes';

export interface PathJson {
  nodes: string[];
  edges: string[];
  sign: PathResult['sign'];
  refs: number[];
}

export function pathJson(p: PathResult): PathJson {
  return { nodes: p.nodes, edges: p.edges, sign: p.sign, refs: p.refs };
}
