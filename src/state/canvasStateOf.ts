// The canvas state (core/view/canvasState.ts) derived from the store: one value that the
// canvas controller applies, keeping its identity while nothing it holds has changed.

import type { VisibleSet } from '../core/filter/criteria';
import type { PathResult } from '../core/paths/findPaths';
import { NO_INSETS, type CanvasFocus, type CanvasHighlight, type CanvasState, type Insets } from '../core/view/canvasState';
import { memoizeLast } from './memoizeLast';
import { selectActivePath, selectPathResults, selectVisible } from './selectors';
import { selectPresentedStory } from './slices/presentationSlice';
import type { AppState } from './store';

/** Up to this many visible nodes, a filtered view is laid out on its own. */
export const FOCUSED_SUBGRAPH_MAX_NODES = 150;

const presentingPath = (s: AppState) => s.presentation.active && s.presentation.mode === 'path';

function computeFocus(mode: AppState['focusMode'], results: readonly PathResult[], active: PathResult | null, onlyActive: boolean, visible: VisibleSet, graph: AppState['graph'], criteria: AppState['criteria']): CanvasFocus | null {
    if (mode === 'map') return null;
    if (active) {
      const paths = onlyActive ? [active] : results;
      return {
        kind: 'paths',
        paths: paths.map((p) => p.nodes),
        edges: [...new Set(paths.flatMap((p) => p.edges))],
        active: onlyActive ? 0 : Math.max(0, results.indexOf(active)),
      };
    }
    const narrowed = Object.values(criteria).some((v) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0));
    const n = visible.nodes.size;
    return narrowed && n > 0 && n <= FOCUSED_SUBGRAPH_MAX_NODES && n < graph.nodes.length ? { kind: 'subgraph' } : null;
}

const focusOf = memoizeLast(computeFocus);

const focusAvailableOf = memoizeLast(
  (results: readonly PathResult[], active: PathResult | null, visible: VisibleSet, graph: AppState['graph'], criteria: AppState['criteria']): 'paths' | 'subgraph' | null =>
    computeFocus('focus', results, active, false, visible, graph, criteria)?.kind ?? null,
);

/** Which focused view the current path or filters allow, whether or not it is shown. */
export const selectFocusAvailable = (s: AppState): 'paths' | 'subgraph' | null =>
  focusAvailableOf(selectPathResults(s), selectActivePath(s), selectVisible(s), s.graph, s.criteria);

/** The focused view the canvas shows: the paths of the query, a small filtered set, or none. */
export const selectFocus = (s: AppState): CanvasFocus | null =>
  focusOf(s.focusMode, selectPathResults(s), selectActivePath(s), presentingPath(s), selectVisible(s), s.graph, s.criteria);

const insetsOf = memoizeLast((overlays: AppState['overlayInsets']): Insets => {
  const all = Object.values(overlays);
  if (!all.length) return NO_INSETS;
  const max = (side: keyof Insets) => Math.max(0, ...all.map((i) => i[side]));
  return { top: max('top'), right: max('right'), bottom: max('bottom'), left: max('left') };
});

/** The screen space overlays cover, side by side. */
export const selectInsets = (s: AppState): Insets => insetsOf(s.overlayInsets);

const highlightOf = memoizeLast(
  (selection: AppState['selection'], hovered: string | null, path: PathResult | null, presenting: boolean, revealedSteps: number): CanvasHighlight => ({
    selection,
    hovered: path ? null : hovered,
    path: path ? { nodes: path.nodes, edges: path.edges } : null,
    ...(presenting && path ? { revealedSteps } : {}),
  }),
);

/** What is highlighted: the path (step by step when presenting it), else the selection and hover. */
export const selectHighlight = (s: AppState): CanvasHighlight =>
  highlightOf(s.selection, s.hovered, selectActivePath(s), presentingPath(s), s.presentation.revealedSteps);

const canvasStateOf = memoizeLast(
  (
    graph: AppState['graph'], visible: CanvasState['visible'], highlight: CanvasHighlight, theme: AppState['theme'], presenting: boolean,
    request: AppState['canvasRequest'], layoutRequest: AppState['layoutRequest'], focus: CanvasFocus | null, insets: Insets, labelOrder: AppState['labelOrder'],
    nodeScale: AppState['mediatorSizes'], featured: readonly string[] | null,
  ): CanvasState => ({
    graph,
    visible,
    highlight,
    // Presenting: large labels and thick lines, on the dark or the light background.
    theme: presenting ? (theme === 'dark' ? 'projector-dark' : 'projector') : theme,
    presenting,
    request,
    layoutRequest,
    focus,
    insets,
    labelOrder,
    nodeScale,
    featured,
  }),
);

/** The nodes the presented story step frames, if it names any. */
export const selectFeatured = (s: AppState): readonly string[] | null => {
  if (!s.presentation.active || s.presentation.mode !== 'story') return null;
  const nodes = selectPresentedStory(s).steps[s.presentation.storyIndex]?.frame?.nodes;
  return nodes?.length ? nodes : null;
};

export const selectCanvasState = (s: AppState): CanvasState =>
  canvasStateOf(s.graph, selectVisible(s), selectHighlight(s), s.theme, s.presentation.active, s.canvasRequest, s.layoutRequest, selectFocus(s), selectInsets(s), s.labelOrder, s.mediatorSizes, selectFeatured(s));
