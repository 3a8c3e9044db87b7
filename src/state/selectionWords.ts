// What a screen reader hears when the selection changes, however it changed (a click on
// the canvas, an arrow key, the search, a row of the edge list): "HSP70, protein,
// 12 connections" for a node (the edges the canvas shows), the edge's sentence for an edge.

import { shownDegree } from '../core/view/neighbourStep';
import { edgeStatement, nodeStatement } from '../core/words/phrases';
import { selectShown } from './canvasStateOf';
import { memoizeLast } from './memoizeLast';
import { edgeMapOf, nodeMapOf } from './selectors';
import type { AppState } from './store';

const wordsOf = memoizeLast((graph: AppState['graph'], selection: AppState['selection'], shown: ReturnType<typeof selectShown>): string => {
  if (!selection) return 'Nothing selected';
  const nodes = nodeMapOf(graph);
  if (selection.kind === 'node') {
    const node = nodes.get(selection.id);
    return node ? nodeStatement(node, shownDegree(graph, shown, node.id)) : '';
  }
  const edge = edgeMapOf(graph).get(selection.id);
  return edge ? edgeStatement(edge, (id) => nodes.get(id)?.label ?? id) : '';
});

export const selectSelectionWords = (s: AppState): string => wordsOf(s.graph, s.selection, selectShown(s));
