// The one live graph view, for actions outside React (presentation, export, toolbar) that
// need the canvas. Set by GraphCanvas when it mounts, cleared when it unmounts.

import type { GraphView } from './createGraphView';

export const graphViewRef: { current: GraphView | null } = { current: null };
