// What the canvas shows: the filters' visible set, or, in a focused path view, only the
// nodes and edges of the paths. The canvas and the text view (edge list) both read it here,
// so they always hold the same elements.

import type { VisibleSet } from '../filter/criteria';
import type { CanvasFocus } from './canvasState';

export function shownSetOf(visible: VisibleSet, focus: CanvasFocus | null): VisibleSet {
  if (focus?.kind !== 'paths') return visible;
  return { nodes: new Set(focus.paths.flat()), edges: new Set(focus.edges) };
}
