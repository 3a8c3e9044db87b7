// Keeps the graph-view controller in step with the store: graph, visibility, highlight,
// centring and theme. Each effect applies one concern imperatively.

import { useEffect, useRef, useState } from 'react';
import type { GraphView } from '../../cy/createGraphView';
import { findPathsForQuery } from '../../state/pathResults';
import { selectVisible } from '../../state/selectors';
import { useAppStore } from '../../state/store';

/** Returns whether the canvas shows the current graph and can be used. */
export function useGraphViewSync(view: GraphView | null): boolean {
  const [ready, setReady] = useState(false);
  const graph = useAppStore((s) => s.graph);
  const visible = useAppStore(selectVisible);
  const selection = useAppStore((s) => s.selection);
  const hovered = useAppStore((s) => s.hovered);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const panRequest = useAppStore((s) => s.panRequest);
  const theme = useAppStore((s) => s.theme);
  const presenting = useAppStore((s) => s.presentation.active);
  const pathQuery = useAppStore((s) => s.pathQuery);
  const activePath = useAppStore((s) => s.activePath);
  const revealedSteps = useAppStore((s) => s.presentation.revealedSteps);
  const mediatorSizes = useAppStore((s) => s.mediatorSizes);

  useEffect(() => {
    if (!view) return;
    let cancelled = false;
    setReady(false);
    void view.setGraph(graph).then(() => {
      if (cancelled) return;
      view.setVisible(selectVisible(useAppStore.getState()));
      performance.mark('exonet:ready');
      requestAnimationFrame(() => performance.mark('exonet:first-frame'));
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [view, graph]);

  useEffect(() => {
    view?.setVisible(visible);
  }, [view, visible]);

  // After a filter change, frame what is left (a story step sets its own viewport).
  const storyMode = presenting && useAppStore.getState().presentation.mode === 'story';
  const firstVisible = useRef(true);
  useEffect(() => {
    if (!view || !ready) return;
    if (firstVisible.current) {
      firstVisible.current = false;
      return;
    }
    if (!storyMode) view.fitTo();
    // Only a change of the visible set refits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, ready, visible]);

  const path = pathQuery ? findPathsForQuery(graph, pathQuery)[activePath] ?? null : null;
  useEffect(() => {
    view?.setHighlight({
      selection,
      hovered: path ? null : hovered,
      path: path ? { nodes: path.nodes, edges: path.edges } : null,
      revealedSteps: presenting && path ? revealedSteps : undefined,
    });
  }, [view, selection, hovered, path, visible, presenting, revealedSteps]);

  useEffect(() => {
    if (view && ready && focusRequest > 0 && selection) view.centreOn(selection.id);
    // Centre only when asked (focusRequest), not on every selection change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, ready, focusRequest]);

  useEffect(() => {
    if (view && ready && panRequest) view.centreOn(panRequest.id);
  }, [view, ready, panRequest]);

  useEffect(() => {
    if (view && ready && path) view.fitTo(path.nodes);
  }, [view, ready, path]);

  useEffect(() => {
    if (view && ready) view.setNodeScale(mediatorSizes);
  }, [view, ready, mediatorSizes]);

  useEffect(() => {
    view?.setTheme(presenting ? 'projector' : theme);
  }, [view, theme, presenting]);

  useEffect(() => {
    if (!view) return;
    const id = setTimeout(() => {
      view.cy.resize();
      view.fitTo(path?.nodes);
    }, 60);
    return () => clearTimeout(id);
    // Refit only when entering or leaving presentation, not on every path change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, presenting]);

  return ready;
}
