// The layout worker: a same-origin module worker (started by layoutInWorker.ts) that lays
// out a graph without positions with headless Cytoscape and fcose, so the page stays
// responsive. Draft quality (the spectral step only) above a few hundred nodes: 1.3 s
// instead of about a minute for 5,000 nodes.

import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FCOSE_OPTIONS } from './layoutOptions';

cytoscape.use(fcose);

/** Above this many nodes, fcose runs at draft quality. */
export const DRAFT_ABOVE_NODES = 300;

export interface LayoutRequest {
  ids: string[];
  /** Source and target of every edge, as indexes into ids, two numbers per edge. */
  ends: Int32Array;
  /** Nodes pinned on the hallmark ring, as the canvas's own fcose run pins them. */
  fixed: { nodeId: string; position: { x: number; y: number } }[];
}

export type LayoutMessage =
  | { kind: 'stage'; stage: 'building' | 'layout' }
  | { kind: 'done'; xy: Float64Array }
  | { kind: 'error'; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

function layout({ ids, ends, fixed }: LayoutRequest): Float64Array {
  scope.postMessage({ kind: 'stage', stage: 'building' });
  const elements: ElementDefinition[] = ids.map((id) => ({ group: 'nodes', data: { id } }));
  for (let i = 0; i < ends.length; i += 2) {
    elements.push({ group: 'edges', data: { id: `e${i / 2}`, source: ids[ends[i]], target: ids[ends[i + 1]] } });
  }
  const cy = cytoscape({ headless: true, styleEnabled: false, elements });
  try {
    scope.postMessage({ kind: 'stage', stage: 'layout' });
    const draft = ids.length > DRAFT_ABOVE_NODES;
    const options = { ...FCOSE_OPTIONS, quality: draft ? 'draft' : 'default', animate: false, fit: false, packComponents: false, fixedNodeConstraint: fixed.length ? fixed : undefined };
    cy.layout(options as unknown as LayoutOptions).run();
    const xy = new Float64Array(ids.length * 2);
    ids.forEach((id, i) => {
      const p = cy.getElementById(id).position();
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    });
    return xy;
  } finally {
    cy.destroy();
  }
}

scope.onmessage = (event) => {
  try {
    const xy = layout(event.data);
    scope.postMessage({ kind: 'done', xy }, [xy.buffer]);
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
