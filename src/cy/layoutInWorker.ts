// Laying out a graph without positions off the main thread: the layout worker
// (layoutWorker.ts, a same-origin module worker allowed by the page's worker-src 'self')
// computes positions while the page stays responsive; cancel() stops it at once.

import { hallmarkRing } from '../core/layout/hallmarkRing';
import { LayoutCancelled, type LayoutJob, type LayoutRunner } from '../core/layout/layoutJob';
import type { Positions } from '../core/layout/chainLayout';
import type { LayoutMessage, LayoutRequest } from './layoutWorker';

export const layoutInWorker: LayoutRunner = (graph, onStage): LayoutJob => {
  const ids = graph.nodes.map((n) => n.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const ends = new Int32Array(graph.edges.length * 2);
  graph.edges.forEach((e, i) => {
    ends[2 * i] = indexOf.get(e.source) ?? 0;
    ends[2 * i + 1] = indexOf.get(e.target) ?? 0;
  });
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  let reject: (reason: Error) => void = () => undefined;
  let settled = false;
  const done = new Promise<Positions>((resolve, fail) => {
    reject = (reason) => {
      settled = true;
      fail(reason);
    };
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (settled) return;
      if (message.kind === 'stage') {
        onStage(message.stage);
        return;
      }
      worker.terminate();
      settled = true;
      if (message.kind === 'error') {
        fail(new Error(`the layout failed: ${message.message}`));
        return;
      }
      const positions: Positions = {};
      ids.forEach((id, i) => {
        positions[id] = { x: message.xy[2 * i], y: message.xy[2 * i + 1] };
      });
      resolve(positions);
    };
    worker.onerror = (event) => {
      worker.terminate();
      if (!settled) reject(new Error(`the layout worker stopped: ${event.message || 'it could not be started'}`));
    };
  });
  onStage('starting');
  const request: LayoutRequest = { ids, ends, fixed: hallmarkRing(graph) };
  worker.postMessage(request, [ends.buffer]);
  return {
    done,
    cancel() {
      worker.terminate();
      if (!settled) reject(new LayoutCancelled());
    },
  };
};
