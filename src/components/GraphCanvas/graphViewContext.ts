// The live graph view, for components that draw from the canvas itself (picture export).
// Provided by the App from what GraphCanvas hands up; state code never sees it.

import { createContext, useContext } from 'react';
import type { GraphView } from '../../cy/createGraphView';

export const GraphViewContext = createContext<GraphView | null>(null);

export function useGraphView(): GraphView | null {
  return useContext(GraphViewContext);
}
