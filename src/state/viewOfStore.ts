// Between the store and a ViewState: reading the shareable view out of the store, and
// applying a view (from the URL or a story step) after checking it against the graph.

import type { ExonetGraph, Problem } from '../core/model/types';
import { DEFAULT_INSIGHT_VIEW, type InsightViewState } from '../core/view/insightView';
import { DEFAULT_VIEW, type ViewState } from '../core/view/viewState';
import { frameNodeRequest } from './slices/canvasSlice';
import type { AppState } from './store';
import { sectionsOf } from '../core/model/sections';
import { cancerFacets } from '../core/filter/applyFilters';

export function viewOfStore(s: AppState): ViewState {
  return {
    selection: s.selection,
    criteria: s.criteria,
    search: s.searchText,
    path: s.pathQuery,
    activePath: s.activePath,
    ...(isDefaultInsight(s.insight) ? {} : { insight: s.insight }),
  };
}

const isDefaultInsight = (v: InsightViewState) => v.tab === null && v.knockout.length === 0 && v.maxHops === DEFAULT_INSIGHT_VIEW.maxHops;

/** The longest id a notice echoes whole; a longer one is cut with an ellipsis. */
const SHOWN_ID_LENGTH = 40;

/** An id as a notice shows it: at most SHOWN_ID_LENGTH characters. */
export function shortenId(id: string): string {
  return id.length > SHOWN_ID_LENGTH ? `${id.slice(0, SHOWN_ID_LENGTH)}…` : id;
}

/** The ids a view names that the graph lacks. */
export function checkViewAgainstGraph(view: ViewState, graph: ExonetGraph): Problem[] {
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => e.id));
  const problems: Problem[] = [];
  const need = (ok: boolean, where: string, id: string) => {
    if (!ok) problems.push({ where, message: `no ${where === 'sel' && view.selection?.kind === 'edge' ? 'edge' : 'node'} "${shortenId(id)}" in this graph` });
  };
  if (view.selection) need(view.selection.kind === 'node' ? nodes.has(view.selection.id) : edges.has(view.selection.id), 'sel', view.selection.id);
  for (const h of view.criteria.hallmarks ?? []) need(nodes.has(h), 'hallmarks', h);
  if (view.criteria.focus) need(nodes.has(view.criteria.focus.nodeId), 'hood', view.criteria.focus.nodeId);
  const sections = new Set(sectionsOf(graph).map((s) => s.slug));
  for (const slug of view.criteria.sections ?? []) {
    if (!sections.has(slug)) problems.push({ where: 'sections', message: `no section "${shortenId(slug)}" in this graph` });
  }
  if (view.path) {
    need(nodes.has(view.path.from), 'from', view.path.from);
    need(nodes.has(view.path.to), 'to', view.path.to);
  }
  for (const id of view.insight?.knockout ?? []) need(nodes.has(id), 'ko', id);
  return problems;
}

/**
 * A view without the filter values and selection the graph lacks (unknown cancer types,
 * sections, hallmarks, a selected id that is not there), with what was dropped. Such a view
 * still shows what the rest of the link asks for; the caller says what was left out.
 */
export function pruneViewForGraph(view: ViewState, graph: ExonetGraph): { view: ViewState; dropped: Problem[] } {
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => e.id));
  const cancers = new Set(cancerFacets(graph).map((f) => f.cancer));
  const sections = new Set(sectionsOf(graph).map((s) => s.slug));
  const dropped: Problem[] = [];
  const keep = (values: readonly string[] | undefined, known: Set<string>, where: string, what: string): string[] | undefined => {
    if (!values) return undefined;
    for (const v of values) if (!known.has(v)) dropped.push({ where, message: `no ${what} "${shortenId(v)}" in this graph` });
    const kept = values.filter((v) => known.has(v));
    return kept.length ? kept : undefined;
  };
  const criteria = { ...view.criteria };
  const setOrDelete = <K extends 'cancers' | 'sections' | 'hallmarks'>(key: K, value: string[] | undefined) => {
    if (value) criteria[key] = value;
    else delete criteria[key];
  };
  setOrDelete('cancers', keep(view.criteria.cancers, cancers, 'cancers', 'cancer type'));
  setOrDelete('sections', keep(view.criteria.sections, sections, 'sections', 'section'));
  setOrDelete('hallmarks', keep(view.criteria.hallmarks, nodes, 'hallmarks', 'hallmark'));
  if (!criteria.hallmarks) delete criteria.hallmarkHops;
  let selection = view.selection;
  if (selection && !(selection.kind === 'node' ? nodes : edges).has(selection.id)) {
    dropped.push({ where: 'sel', message: `no ${selection.kind} "${shortenId(selection.id)}" in this graph` });
    selection = null;
  }
  return { view: dropped.length ? { ...view, criteria, selection } : view, dropped };
}

/** The store changes that show a view; a selected node is framed with its neighbours. */
export function applyView(s: AppState, view: ViewState): Partial<AppState> {
  return {
    canvasRequest: view.selection?.kind === 'node' ? frameNodeRequest(s, view.selection.id) : s.canvasRequest,
    selection: view.selection,
    criteria: view.criteria,
    searchText: view.search,
    pathQuery: view.path,
    activePath: view.activePath,
    panel: view.path ? 'paths' : 'details',
    insight: view.insight ?? DEFAULT_INSIGHT_VIEW,
  };
}

export { DEFAULT_VIEW };
