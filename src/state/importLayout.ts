// Opening an imported graph without positions: it is laid out by the layout runner (the
// layout worker, provided by main.tsx and loaded on demand) while the current graph stays
// on the canvas, with its progress in the store and a Cancel that keeps the current graph.

import type { LayoutJob, LayoutRunner } from '../core/layout/layoutJob';
import { LayoutCancelled } from '../core/layout/layoutJob';
import type { ExonetGraph } from '../core/model/types';
import { useAppStore } from './store';

let loadRunner: (() => Promise<LayoutRunner>) | null = null;
let running: LayoutJob | null = null;

/** Says how to start a layout off the main thread (main.tsx: the layout worker). */
export function provideLayoutRunner(load: () => Promise<LayoutRunner>): void {
  loadRunner = load;
}

/** Stops the layout of a graph being imported; the current graph stays. */
export function cancelImportLayout(): void {
  running?.cancel();
}

/** Resolves after the next frame has been drawn (at once where there are no frames). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });

const hasAllPositions = (graph: ExonetGraph) => graph.nodes.every((n) => graph.positions?.[n.id]);

/**
 * The graph with a position for every node: as it is, or laid out by the runner while the
 * current graph stays on the canvas (without a runner, the canvas lays it out itself).
 * Null when the layout is cancelled or fails, after a notice.
 */
export async function withPositions(graph: ExonetGraph, name: string): Promise<ExonetGraph | null> {
  if (graph.nodes.length === 0 || hasAllPositions(graph) || !loadRunner) return graph;
  const store = useAppStore.getState();
  running?.cancel();
  store.setLayoutJob({ name, nodes: graph.nodes.length, edges: graph.edges.length, stage: 'starting', startedAt: performance.now() });
  let job: LayoutJob | null = null;
  try {
    const run = await loadRunner();
    job = run(graph, (stage) => {
      const current = useAppStore.getState().layoutJob;
      if (current && running === job) store.setLayoutJob({ ...current, stage });
    });
    running = job;
    const positions = await job.done;
    // The progress goes and the page draws a frame before the graph is added (a long frame).
    running = null;
    store.setLayoutJob(null);
    await nextFrame();
    return { ...graph, positions };
  } catch (error) {
    if (error instanceof LayoutCancelled) store.notify({ kind: 'info', topic: 'import', text: `Import of ${name} cancelled. The current graph is unchanged.` });
    else store.notify({ kind: 'error', topic: 'import', text: `${name} was not opened: ${error instanceof Error ? error.message : String(error)}. The current graph is unchanged.` });
    return null;
  } finally {
    if (running === job || job === null) {
      running = null;
      store.setLayoutJob(null);
    }
  }
}
