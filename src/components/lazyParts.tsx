// The parts of the page that the first view does not show, as lazy components loaded
// through src/onDemand.ts (prefetched when the page is idle), each with its fallback.

import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { loadEdgeDetails, loadExportPanel, loadLayoutProgress, loadNodeDetails, loadPathFinder, loadPresentationBar, loadShortcutHelp, loadStoryPanel } from '../onDemand';

const LOADING = <p className="hint">Loading…</p>;

/** A component loaded on first render, showing the fallback until it has arrived. */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null) {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const NodeDetails = onDemand(() => loadNodeDetails().then((m) => m.NodeDetails), LOADING);
export const EdgeDetails = onDemand(() => loadEdgeDetails().then((m) => m.EdgeDetails), LOADING);
export const PathFinder = onDemand(() => loadPathFinder().then((m) => m.PathFinder), LOADING);
export const ExportPanel = onDemand(() => loadExportPanel().then((m) => m.ExportPanel), LOADING);
export const StoryPanel = onDemand(() => loadStoryPanel().then((m) => m.StoryPanel), LOADING);
export const ShortcutHelp = onDemand(() => loadShortcutHelp().then((m) => m.ShortcutHelp));
export const LayoutProgress = onDemand(() => loadLayoutProgress().then((m) => m.LayoutProgress));
export const PresentationBar = onDemand(() => loadPresentationBar().then((m) => m.PresentationBar));
