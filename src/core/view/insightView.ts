// The shareable state of the insight views (matrix, knock-out, contradictions, key
// mediators): which one is open, the knocked-out nodes and the longest path. In the URL:
// `view=matrix`, `ko=tgfb,itga6b4`, `ihops=4` (absent: the defaults).

import { DEFAULT_INSIGHT_HOPS, INSIGHT_HOPS_LIMITS } from '../insight/insightTypes';
import type { Problem } from '../model/types';

export const INSIGHT_TABS = ['matrix', 'knockout', 'contradictions', 'mediators'] as const;
export type InsightTab = (typeof INSIGHT_TABS)[number];

export interface InsightViewState {
  /** The open insight view, or null when the map shows. */
  tab: InsightTab | null;
  /** Node ids knocked out, in the order chosen. */
  knockout: string[];
  /** The longest causal path, in steps. */
  maxHops: number;
}

export const DEFAULT_INSIGHT_VIEW: InsightViewState = { tab: null, knockout: [], maxHops: DEFAULT_INSIGHT_HOPS };

export const INSIGHT_URL_KEYS = ['view', 'ko', 'ihops'] as const;

/** `view=list`: the edge list, the text view of the map (a ViewState's `list`), not an insight view. */
export const LIST_VIEW = 'list';

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const MAX_KNOCKOUT = 100;

export function encodeInsightView(view: InsightViewState | undefined, params: URLSearchParams): void {
  if (!view) return;
  if (view.tab) params.set('view', view.tab);
  if (view.knockout.length) params.set('ko', view.knockout.join(','));
  if (view.maxHops !== DEFAULT_INSIGHT_HOPS) params.set('ihops', String(view.maxHops));
}

/** The insight view the parameters hold; undefined when they hold none of its keys. */
export function decodeInsightView(params: URLSearchParams, problems: Problem[]): InsightViewState | undefined {
  if (!INSIGHT_URL_KEYS.some((k) => params.has(k) && !(k === 'view' && params.get(k) === LIST_VIEW))) return undefined;
  const view: InsightViewState = { ...DEFAULT_INSIGHT_VIEW, knockout: [] };
  const tab = params.get('view');
  if (tab !== null && tab !== LIST_VIEW) {
    if ((INSIGHT_TABS as readonly string[]).includes(tab)) view.tab = tab as InsightTab;
    else problems.push({ where: 'view', message: `"${tab.slice(0, 40)}" is not one of ${[LIST_VIEW, ...INSIGHT_TABS].join(', ')}` });
  }
  const ko = params.get('ko');
  if (ko !== null) {
    const ids = [...new Set(ko.split(',').map((s) => s.trim()).filter(Boolean))];
    const bad = ids.filter((id) => !ID.test(id));
    if (bad.length) problems.push({ where: 'ko', message: `unexpected value${bad.length > 1 ? 's' : ''} ${bad.slice(0, 3).map((b) => JSON.stringify(b.slice(0, 40))).join(', ')}` });
    else if (ids.length > MAX_KNOCKOUT) problems.push({ where: 'ko', message: `more than ${MAX_KNOCKOUT} nodes` });
    else view.knockout = ids;
  }
  const hops = params.get('ihops');
  if (hops !== null) {
    const n = Number(hops);
    if (/^\d{1,2}$/.test(hops) && n >= INSIGHT_HOPS_LIMITS.min && n <= INSIGHT_HOPS_LIMITS.max) view.maxHops = n;
    else problems.push({ where: 'ihops', message: `"${hops.slice(0, 40)}" is not a whole number from ${INSIGHT_HOPS_LIMITS.min} to ${INSIGHT_HOPS_LIMITS.max}` });
  }
  return view;
}
