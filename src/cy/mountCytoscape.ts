// The one place a Cytoscape instance with a screen is made: on the canvas component's
// element, with no elements yet (the graph-view controller adds them). A plain call rather
// than react-cytoscapejs, which adds its code and prop-types to the first load and cannot
// pass renderer options.

import cytoscape, { type Core } from 'cytoscape';

export function mountCytoscape(container: HTMLElement): Core {
  return cytoscape({ container });
}
