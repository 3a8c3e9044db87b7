// Code the first view does not need, loaded on demand with dynamic import(): path finding,
// the side panel's tabs (the export tab brings SVG export and the GraphML / CSV / SIF
// writers), the shortcut list, the layout progress, import validation, fcose and the
// insight views. The presentation bar stays in the first load: it takes focus the moment
// presenting begins. Each loader returns the same promise every time;
// prefetchAfterFirstFrame starts them all once the page has drawn the graph, so that first
// use shows no delay.

import { FIRST_FRAME_MARK } from './cy/firstFrame';
import { registerExtensions } from './cy/layouts';
import { loadImportValidation } from './state/graphActions';
import { loadPathFinding } from './state/pathFinding';

const once = <T,>(load: () => Promise<T>) => {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null; // a failed load (network) can be tried again
      throw error;
    });
    return pending;
  };
};

export const loadExportPanel = once(() => import('./components/ExportPanel/ExportPanel'));
export const loadStoryPanel = once(() => import('./components/StoryPanel/StoryPanel'));
export const loadNodeDetails = once(() => import('./components/SidePanel/NodeDetails'));
export const loadEdgeDetails = once(() => import('./components/SidePanel/EdgeDetails'));
export const loadPathFinder = once(() => import('./components/PathFinder/PathFinder'));
export const loadShortcutHelp = once(() => import('./components/ShortcutHelp/ShortcutHelp'));
export const loadLayoutProgress = once(() => import('./components/LayoutProgress/LayoutProgress'));
export const loadPresentationBar = once(() => import('./components/Presentation/PresentationBar'));

const PREFETCH = [
  loadPathFinding,
  loadNodeDetails,
  loadEdgeDetails,
  loadPathFinder,
  loadExportPanel,
  loadStoryPanel,
  loadShortcutHelp,
  loadLayoutProgress,
  loadPresentationBar,
  loadImportValidation,
  registerExtensions,
  () => import('./components/Insight/InsightView'),
];

/**
 * Starts every on-demand load once the first frame with the graph is drawn (the canvas
 * marks it `exonet:first-frame`) and the browser is idle: earlier, their parsing would
 * delay that frame.
 */
export function prefetchAfterFirstFrame(): void {
  if (typeof PerformanceObserver === 'undefined') return prefetchWhenIdle();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_FRAME_MARK).length === 0) return;
    observer.disconnect();
    prefetchWhenIdle();
  });
  observer.observe({ type: 'mark', buffered: true });
}

/** Starts every on-demand load when the browser is idle. */
function prefetchWhenIdle(): void {
  const start = () => {
    for (const load of PREFETCH) load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 500);
}
