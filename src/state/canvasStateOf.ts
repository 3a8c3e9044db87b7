// The canvas state (core/view/canvasState.ts) derived from the store: one value that the
// canvas controller applies, keeping its identity while nothing it holds has changed.

import type { CanvasHighlight, CanvasState } from '../core/view/canvasState';
import type { PathResult } from '../core/paths/findPaths';
import { memoizeLast } from './memoizeLast';
import { selectActivePath, selectVisible } from './selectors';
import type { AppState } from './store';

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
  highlightOf(s.selection, s.hovered, selectActivePath(s), s.presentation.active && s.presentation.mode === 'path', s.presentation.revealedSteps);

const canvasStateOf = memoizeLast(
  (graph: AppState['graph'], visible: CanvasState['visible'], highlight: CanvasHighlight, theme: AppState['theme'], presenting: boolean, request: AppState['canvasRequest'], layoutRequest: AppState['layoutRequest'], nodeScale: AppState['mediatorSizes']): CanvasState => ({
    graph,
    visible,
    highlight,
    theme: presenting ? 'projector' : theme,
    presenting,
    request,
    layoutRequest,
    nodeScale,
  }),
);

export const selectCanvasState = (s: AppState): CanvasState =>
  canvasStateOf(s.graph, selectVisible(s), selectHighlight(s), s.theme, s.presentation.active, s.canvasRequest, s.layoutRequest, s.mediatorSizes);
