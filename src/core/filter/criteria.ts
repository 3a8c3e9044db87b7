// What a filter asks for. Every field is optional; an absent or empty field filters nothing.

import type { NodeType, Sign } from '../model/types';

export interface FilterCriteria {
  /** Node types to show. */
  nodeTypes?: NodeType[];
  /** Hallmark node ids: keep only what reaches one of them within `hallmarkHops` steps. */
  hallmarks?: string[];
  hallmarkHops?: number;
  /** Cancer types (evidence contexts): keep edges with evidence about one of them. */
  cancers?: string[];
  /** Review section slugs: keep edges with evidence from one of them. */
  sections?: string[];
  /** Edge signs to show. */
  signs?: Sign[];
  /** Keep the neighbourhood of this node, up to `hops` steps in either direction. */
  focus?: { nodeId: string; hops: number };
  /** Hide nodes left without any visible edge. */
  hideIsolated?: boolean;
  /** Hide edges that rest only on hedged evidence ("may", "is thought"); with a cancer or
   * section filter, only stated (unhedged) evidence items count as matching. */
  hideHedged?: boolean;
}

export interface VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
}

export const DEFAULT_HALLMARK_HOPS = 3;
/** The most steps a hallmark or neighbourhood filter reaches (not the path limit, see core/paths/pathQuery.ts). */
export const MAX_FILTER_HOPS = 6;
