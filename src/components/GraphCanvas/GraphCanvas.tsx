// The canvas: react-cytoscapejs only mounts Cytoscape; the graph-view controller owns the
// instance and follows the store. The wrapper carries the data-state / data-nodes /
// data-edges hooks that tests rely on.

import type { Core } from 'cytoscape';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { createGraphView, type GraphView } from '../../cy/createGraphView';
import { graphViewRef } from '../../cy/graphViewRef';
import { findPathsForQuery } from '../../state/pathResults';
import { selectVisible } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useGraphViewSync } from './useGraphViewSync';

const NO_ELEMENTS: never[] = [];
const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

const Mount = memo(function Mount({ onCy }: { onCy: (cy: Core) => void }) {
  return <CytoscapeComponent elements={NO_ELEMENTS} cy={onCy} style={CANVAS_STYLE} />;
});

export function GraphCanvas() {
  const [view, setView] = useState<GraphView | null>(null);
  const cyRef = useRef<Core | null>(null);
  const visible = useAppStore(selectVisible);
  const activePath = useAppStore((s) => (s.pathQuery ? findPathsForQuery(s.graph, s.pathQuery)[s.activePath] : undefined));
  const presentation = useAppStore((s) => s.presentation);
  const layout = useAppStore((s) => s.layout);
  const sizedByMediators = useAppStore((s) => s.mediatorSizes !== null);

  const onCy = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    graphViewRef.current?.destroy();
    const next = createGraphView(cy, {
      onSelect: (selection) => useAppStore.getState().select(selection),
      onHover: (id) => useAppStore.getState().hover(id),
    });
    graphViewRef.current = next;
    setView(next);
  }, []);

  useEffect(() => () => {
    graphViewRef.current?.destroy();
    graphViewRef.current = null;
  }, []);

  const ready = useGraphViewSync(view);

  return (
    <div
      className="graph-canvas"
      data-testid="graph-canvas"
      data-state={ready ? 'ready' : 'loading'}
      data-nodes={ready ? visible.nodes.size : 0}
      data-edges={ready ? visible.edges.size : 0}
      data-layout={layout}
      data-sizing={sizedByMediators ? 'mediators' : undefined}
      data-path={activePath ? activePath.nodes.join('>') : undefined}
      data-presenting={presentation.active ? presentation.mode : undefined}
      data-step={presentation.active ? (presentation.mode === 'path' ? presentation.revealedSteps : presentation.storyIndex) : undefined}
      role="img"
      aria-label={`Network of ${visible.nodes.size} nodes and ${visible.edges.size} edges`}
    >
      <Mount onCy={onCy} />
    </div>
  );
}
