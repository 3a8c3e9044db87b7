// The canvas: react-cytoscapejs only mounts Cytoscape; the graph-view controller owns the
// instance and receives the canvas state as one value. The wrapper carries the hooks that
// tests rely on (see the README), read from what the canvas shows.

import type { Core } from 'cytoscape';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import CytoscapeComponent from 'react-cytoscapejs';
import { createGraphView, type CanvasShown, type GraphView, type GraphViewEvents } from '../../cy/createGraphView';
import { selectCanvasState } from '../../state/canvasStateOf';
import { useAppStore } from '../../state/store';
import { useCanvasKeys } from './useCanvasKeys';

const NO_ELEMENTS: never[] = [];
const CANVAS_STYLE = { width: '100%', height: '100%' } as const;
const NOTHING_SHOWN: CanvasShown = { ready: false, nodes: 0, edges: 0, path: null };

// react-cytoscapejs mounts Cytoscape and calls `cy` on every update of its props, so the
// mount is memoised with a stable callback and never re-renders; it makes a new instance
// each time it mounts (twice under StrictMode) and destroys it on unmount.
const Mount = memo(function Mount({ onCy }: { onCy: (cy: Core) => void }) {
  return <CytoscapeComponent elements={NO_ELEMENTS} cy={onCy} style={CANVAS_STYLE} />;
});

function storeEvents(onShown: (shown: CanvasShown) => void): GraphViewEvents {
  const store = () => useAppStore.getState();
  return {
    onSelect: (selection) => store().select(selection),
    onHover: (id) => store().hover(id),
    onViewport: (viewport) => store().viewportChanged(viewport),
    onLayoutDone: (name) => store().layoutFinished(name),
    onShown,
  };
}

/**
 * Sets what the canvas shows. The controller reports ready outside React (at the first
 * frame with the graph, or when a layout ends): that report is committed at once, so that
 * data-state="ready" is set in the frame the graph is first drawn in, as the benchmark's
 * bare page sets it, rather than a task later.
 */
function showWith(setShown: (shown: CanvasShown) => void): (shown: CanvasShown) => void {
  let ready = false;
  return (shown) => {
    const nowReady = shown.ready && !ready;
    ready = shown.ready;
    if (nowReady) flushSync(() => setShown(shown));
    else setShown(shown);
  };
}

export function GraphCanvas({ onView }: { onView?: (view: GraphView | null) => void }) {
  const [view, setView] = useState<GraphView | null>(null);
  const [shown, setShown] = useState<CanvasShown>(NOTHING_SHOWN);
  const viewRef = useRef<GraphView | null>(null);
  const onViewRef = useRef(onView);
  const canvasState = useAppStore(selectCanvasState);
  const layout = useAppStore((s) => s.layout);
  const sizedByMediators = useAppStore((s) => s.mediatorSizes !== null);
  const presentation = useAppStore((s) => s.presentation);

  useEffect(() => {
    onViewRef.current = onView;
  }, [onView]);

  // The mount creates a new instance each time it mounts (twice under StrictMode,
  // destroying the first): the controller follows the instance it is given.
  const onCy = useCallback((cy: Core) => {
    if (viewRef.current?.cy === cy) return;
    viewRef.current?.destroy();
    const next = createGraphView(cy, storeEvents(showWith(setShown)));
    viewRef.current = next;
    setView(next);
    onViewRef.current?.(next);
  }, []);

  useEffect(
    () => () => {
      viewRef.current?.destroy();
      viewRef.current = null;
      onViewRef.current?.(null);
    },
    [],
  );

  useEffect(() => {
    view?.update(canvasState);
  }, [view, canvasState]);

  const onKeyDown = useCanvasKeys(view);

  return (
    <div
      className="graph-canvas"
      data-testid="graph-canvas"
      data-state={shown.ready ? 'ready' : 'loading'}
      data-nodes={shown.nodes}
      data-edges={shown.edges}
      data-layout={layout}
      data-sizing={sizedByMediators ? 'mediators' : undefined}
      data-path={shown.path ? shown.path.join('>') : undefined}
      data-presenting={presentation.active ? presentation.mode : undefined}
      data-step={presentation.active ? (presentation.mode === 'path' ? presentation.revealedSteps : presentation.storyIndex) : undefined}
      role="application"
      aria-roledescription="network"
      aria-label={`Network of ${shown.nodes} nodes and ${shown.edges} edges; arrow keys move between neighbours, Enter opens the details, Escape clears the selection`}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <Mount onCy={onCy} />
    </div>
  );
}
