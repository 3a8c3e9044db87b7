// The shareable state of a view: selection, filters, search text and path query. It is
// what the URL holds and what a story step records.

import type { FilterCriteria } from '../filter/criteria';
import type { InsightViewState } from './insightView';
import type { PathQuery } from '../paths/pathQuery';

export type ViewSelection = { kind: 'node' | 'edge'; id: string } | null;

/** The path query of a view: the one type of core/paths/pathQuery.ts. */
export type ViewPathQuery = PathQuery;

export interface ViewState {
  selection: ViewSelection;
  criteria: FilterCriteria;
  search: string;
  path: ViewPathQuery | null;
  /** Index of the highlighted path among the results. */
  activePath: number;
  /** The insight view (matrix, knock-out ...); absent means closed, nothing knocked out. */
  insight?: InsightViewState;
  /** True when the edge list (the text view) shows instead of the canvas; absent: the canvas. */
  list?: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  criteria: {},
  search: '',
  path: null,
  activePath: 0,
};

export const MAX_SEARCH_LENGTH = 200;
