// The canvas as a keyboard widget: with a node selected, an arrow key moves the selection
// to the neighbour that lies that way on screen (else the next neighbour); with nothing
// selected the first arrow selects the most connected node shown; with an edge selected,
// the end that lies that way. Enter opens the details in the side panel and moves focus
// there; Escape clears the selection. While presenting, the arrows step the presentation
// (the global commands), so the canvas leaves every key alone.

import { useCallback, useRef, type KeyboardEvent } from 'react';
import type { GraphView } from '../../cy/createGraphView';
import { ARROW_KEYS, mostConnected, neighbourInDirection, shownNeighbours, type ArrowDirection, type Point } from '../../core/view/neighbourStep';
import { selectShown } from '../../state/canvasStateOf';
import { edgeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';

const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

export function useCanvasKeys(view: GraphView | null): (e: KeyboardEvent<HTMLElement>) => void {
  /** The node the selection last moved away from, for "the next neighbour". */
  const left = useRef<string | null>(null);

  const move = useCallback((direction: ArrowDirection) => {
    const s = useAppStore.getState();
    const shown = selectShown(s);
    const sel = s.selection;
    const edge = sel?.kind === 'edge' && shown.edges.has(sel.id) ? edgeMapOf(s.graph).get(sel.id) : undefined;
    const nodeId = sel?.kind === 'node' && shown.nodes.has(sel.id) ? sel.id : null;
    if (!view || (!edge && !nodeId)) {
      const start = mostConnected(s.graph, shown);
      left.current = null;
      if (start) s.select({ kind: 'node', id: start });
      return;
    }
    const candidates = edge ? [edge.source, edge.target] : shownNeighbours(s.graph, shown, nodeId!);
    const positions = view.renderedPositions(edge ? candidates : [...candidates, nodeId!]);
    const from = edge ? (positions.has(edge.source) && positions.has(edge.target) ? middle(positions.get(edge.source)!, positions.get(edge.target)!) : null) : positions.get(nodeId!) ?? null;
    if (!from) return;
    const placed = candidates.filter((id) => positions.has(id)).map((id) => ({ id, position: positions.get(id)! }));
    const next = neighbourInDirection(from, placed, direction, edge ? null : left.current);
    if (!next) return;
    left.current = nodeId;
    s.select({ kind: 'node', id: next });
  }, [view]);

  return useCallback((e: KeyboardEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const s = useAppStore.getState();
    if (s.presentation.active) return;
    const direction = ARROW_KEYS[e.key];
    if (direction) {
      e.preventDefault();
      move(direction);
    } else if (e.key === 'Enter' && s.selection) {
      e.preventDefault();
      // Opened by the user: the side panel moves focus to its heading.
      s.openPanel('details');
    } else if (e.key === 'Escape' && s.selection && !s.helpOpen) {
      e.preventDefault();
      left.current = null;
      s.select(null);
    }
  }, [move]);
}
