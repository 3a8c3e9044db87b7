// Encoding a view into URL search parameters and decoding it back. Decoding never throws:
// any string gives a valid view or the list of what was wrong with it.

import { MAX_FILTER_HOPS } from '../filter/criteria';
import type { NodeType, Problem, Result, Sign } from '../model/types';
import { NODE_TYPES } from '../model/types';
import { SLUG_PATTERN } from '../model/sections';
import { DEFAULT_PATH_QUERY, PATH_LIMITS } from '../paths/pathQuery';
import { decodeInsightView, encodeInsightView, INSIGHT_URL_KEYS, LIST_VIEW } from './insightView';
import { DEFAULT_VIEW, MAX_SEARCH_LENGTH, type ViewState } from './viewState';

const KNOWN_KEYS = new Set(['sel', 'types', 'hallmarks', 'hhops', 'cancers', 'sections', 'signs', 'hood', 'isolated', 'hedged', 'q', 'from', 'to', 'k', 'hops', 'undirected', 'effect', 'p', ...INSIGHT_URL_KEYS]);
const ID = /^[a-z0-9][a-z0-9_-]*$/;
const LIST_SEP = ',';

function list(values: readonly string[]): string {
  return values.map((v) => v.replaceAll(',', ' ')).join(LIST_SEP);
}

export function encodeViewState(view: ViewState): string {
  const p = new URLSearchParams();
  const c = view.criteria;
  if (view.selection) p.set('sel', `${view.selection.kind}:${view.selection.id}`);
  if (c.nodeTypes?.length) p.set('types', list(c.nodeTypes));
  if (c.hallmarks?.length) p.set('hallmarks', list(c.hallmarks));
  if (c.hallmarks?.length && c.hallmarkHops !== undefined) p.set('hhops', String(c.hallmarkHops));
  if (c.cancers?.length) p.set('cancers', list(c.cancers));
  if (c.sections?.length) p.set('sections', list(c.sections));
  if (c.signs?.length) p.set('signs', c.signs.join(LIST_SEP));
  if (c.focus) p.set('hood', `${c.focus.nodeId}~${c.focus.hops}`);
  if (c.hideIsolated) p.set('isolated', 'hide');
  if (c.hideHedged) p.set('hedged', 'hide');
  if (view.search) p.set('q', view.search);
  if (view.path) {
    p.set('from', view.path.from);
    p.set('to', view.path.to);
    p.set('k', String(view.path.k));
    p.set('hops', String(view.path.maxHops));
    if (view.path.undirected) p.set('undirected', '1');
    if (view.path.effect) p.set('effect', view.path.effect);
    if (view.activePath) p.set('p', String(view.activePath));
  }
  encodeInsightView(view.insight, p);
  // An open insight view covers the list: the address names the one in front.
  if (view.list && !p.has('view')) p.set('view', LIST_VIEW);
  return p.toString();
}

function intIn(raw: string | null, min: number, max: number, key: string, problems: Problem[]): number | undefined {
  if (raw === null) return undefined;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push({ where: key, message: `"${raw}" is not a whole number from ${min} to ${max}` });
    return undefined;
  }
  return Number(raw);
}

function idList(raw: string | null, key: string, problems: Problem[], check: (v: string) => boolean = (v) => ID.test(v)): string[] | undefined {
  if (raw === null) return undefined;
  const values = raw.split(LIST_SEP).map((v) => v.trim()).filter(Boolean);
  const bad = values.filter((v) => !check(v));
  if (bad.length) problems.push({ where: key, message: `unexpected value${bad.length > 1 ? 's' : ''} ${bad.map((b) => JSON.stringify(b.slice(0, 40))).join(', ')}` });
  return values.length && !bad.length ? [...new Set(values)] : undefined;
}

export function decodeViewState(search: string): Result<ViewState> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { ok: false, problems: [{ where: 'url', message: 'the address could not be read' }] };
  }
  const problems: Problem[] = [];
  for (const key of new Set(params.keys())) {
    if (!KNOWN_KEYS.has(key)) problems.push({ where: key.slice(0, 40), message: 'unknown parameter' });
    else if (params.getAll(key).length > 1) problems.push({ where: key, message: 'given more than once' });
  }
  const view: ViewState = { ...DEFAULT_VIEW, criteria: {} };
  const c = view.criteria;

  const sel = params.get('sel');
  if (sel !== null) {
    const m = /^(node|edge):(.+)$/.exec(sel);
    if (m && ID.test(m[2])) view.selection = { kind: m[1] as 'node' | 'edge', id: m[2] };
    else problems.push({ where: 'sel', message: `"${sel.slice(0, 40)}" is not node:ID or edge:ID` });
  }
  const types = idList(params.get('types'), 'types', problems, (v) => (NODE_TYPES as readonly string[]).includes(v));
  if (types) c.nodeTypes = types as NodeType[];
  const hallmarks = idList(params.get('hallmarks'), 'hallmarks', problems);
  if (hallmarks) c.hallmarks = hallmarks;
  const hhops = intIn(params.get('hhops'), 1, MAX_FILTER_HOPS, 'hhops', problems);
  if (hhops !== undefined && hallmarks) c.hallmarkHops = hhops;
  const cancers = idList(params.get('cancers'), 'cancers', problems, (v) => v.length <= 80 && !/[<>]/.test(v));
  if (cancers) c.cancers = cancers;
  const sections = idList(params.get('sections'), 'sections', problems, (v) => SLUG_PATTERN.test(v));
  if (sections) c.sections = sections;
  const signs = idList(params.get('signs'), 'signs', problems, (v) => ['1', '-1', '0'].includes(v));
  if (signs) c.signs = signs.map(Number) as Sign[];
  const hood = params.get('hood');
  if (hood !== null) {
    const m = /^([a-z0-9][a-z0-9_-]*)~(\d)$/.exec(hood);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 3) c.focus = { nodeId: m[1], hops: Number(m[2]) };
    else problems.push({ where: 'hood', message: `"${hood.slice(0, 40)}" is not NODE~HOPS with hops 1 to 3` });
  }
  const isolated = params.get('isolated');
  if (isolated === 'hide') c.hideIsolated = true;
  else if (isolated !== null) problems.push({ where: 'isolated', message: 'expected "hide"' });
  const hedged = params.get('hedged');
  if (hedged === 'hide') c.hideHedged = true;
  else if (hedged !== null) problems.push({ where: 'hedged', message: 'expected "hide"' });
  const q = params.get('q');
  if (q !== null) {
    if (q.length > MAX_SEARCH_LENGTH) problems.push({ where: 'q', message: `search text longer than ${MAX_SEARCH_LENGTH} characters` });
    else view.search = q;
  }
  decodePath(params, view, problems);
  const insight = decodeInsightView(params, problems);
  if (insight) view.insight = insight;
  if (params.get('view') === LIST_VIEW) view.list = true;
  return problems.length ? { ok: false, problems } : { ok: true, value: view };
}

function decodePath(params: URLSearchParams, view: ViewState, problems: Problem[]): void {
  const from = params.get('from');
  const to = params.get('to');
  const pathKeys = ['k', 'hops', 'undirected', 'effect', 'p'].filter((k) => params.has(k));
  if (from === null && to === null) {
    if (pathKeys.length) problems.push({ where: pathKeys[0], message: 'path options without "from" and "to"' });
    return;
  }
  if (from === null || to === null || !ID.test(from) || !ID.test(to)) {
    problems.push({ where: 'from/to', message: 'a path needs node ids in both "from" and "to"' });
    return;
  }
  const k = intIn(params.get('k'), PATH_LIMITS.k.min, PATH_LIMITS.k.max, 'k', problems) ?? DEFAULT_PATH_QUERY.k;
  const maxHops = intIn(params.get('hops'), PATH_LIMITS.maxHops.min, PATH_LIMITS.maxHops.max, 'hops', problems) ?? DEFAULT_PATH_QUERY.maxHops;
  const undirected = params.get('undirected');
  if (undirected !== null && undirected !== '1') problems.push({ where: 'undirected', message: 'expected "1"' });
  const effect = params.get('effect');
  if (effect !== null && effect !== 'promotes' && effect !== 'suppresses') problems.push({ where: 'effect', message: 'expected "promotes" or "suppresses"' });
  const active = intIn(params.get('p'), 0, PATH_LIMITS.k.max - 1, 'p', problems) ?? 0;
  view.path = { from, to, k, maxHops, undirected: undirected === '1', effect: effect === 'promotes' || effect === 'suppresses' ? effect : null };
  view.activePath = active;
}
