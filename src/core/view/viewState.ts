// The shareable state of a view: selection, filters, search text and path query. It is
// what the URL holds and what a story step records.

import type { FilterCriteria } from '../filter/criteria';
import type { InsightViewState } from './insightView';

export type ViewSelection = { kind: 'node' | 'edge'; id: string } | null;

export interface ViewPathQuery {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  undirected: boolean;
  effect: 'promotes' | 'suppresses' | null;
}

export interface ViewState {
  selection: ViewSelection;
  criteria: FilterCriteria;
  search: string;
  path: ViewPathQuery | null;
  /** Index of the highlighted path among the results. */
  activePath: number;
  /** The insight view (matrix, knock-out ...); absent means closed, nothing knocked out. */
  insight?: InsightViewState;
}

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  criteria: {},
  search: '',
  path: null,
  activePath: 0,
};

export const PATH_LIMITS = { k: { min: 1, max: 20 }, maxHops: { min: 1, max: 8 } } as const;
export const MAX_SEARCH_LENGTH = 200;
