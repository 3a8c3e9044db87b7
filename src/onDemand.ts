// Code the first view does not need, loaded on demand with dynamic import(): path finding,
// the side panel's tabs (the export tab brings SVG export and the GraphML / CSV / SIF
// writers), the shortcut list, the layout progress, the presentation bar (which takes
// focus when it arrives), import validation, fcose and the insight views. Each loader
// returns the same promise every time; prefetchAfterFirstFrame starts them one by one once
// the page has drawn the graph, so that first use shows no delay.

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
  loadPresentationBar,
  loadPathFinding,
  loadNodeDetails,
  loadEdgeDetails,
  loadPathFinder,
  loadExportPanel,
  loadStoryPanel,
  loadShortcutHelp,
  loadLayoutProgress,
  loadImportValidation,
  registerExtensions,
  () => import('./components/Insight/InsightView'),
];

/** How long prefetching waits after the first frame: Cytoscape goes on drawing just after it (caching its textures). */
const AFTER_FIRST_FRAME_MS = 300;

/**
 * Starts the on-demand loads once the first frame with the graph is drawn (the canvas
 * marks it `exonet:first-frame`) and a little after: earlier, their parsing would delay
 * that frame and the page's first response to input.
 */
export function prefetchAfterFirstFrame(): void {
  if (typeof PerformanceObserver === 'undefined') return prefetchWhenIdle([...PREFETCH]);
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_FRAME_MARK).length === 0) return;
    observer.disconnect();
    setTimeout(() => prefetchWhenIdle([...PREFETCH]), AFTER_FIRST_FRAME_MS);
  });
  observer.observe({ type: 'mark', buffered: true });
}

/** Starts the loads one after another, each when the browser is idle, so that none makes a long task of them all. */
function prefetchWhenIdle(queue: Array<() => Promise<unknown>>): void {
  const load = queue.shift();
  if (!load) return;
  const start = () => void load().catch(() => undefined).finally(() => prefetchWhenIdle(queue));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 50);
}
