// Precomputes node positions for the embedded review graph with fcose in headless
// Cytoscape, and writes graph-data/layout.json, so the explorer opens without running a
// force layout. Seeded, so the same data gives the same layout. It also writes
// graph-data/label-priority.json, the order in which the whole map labels its nodes
// (`--labels-only` writes just that).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { GRAPH_DATA_DIR, loadGraphDataDir } from '../src/cli/loadGraph';
import { hallmarkRing } from '../src/core/layout/hallmarkRing';
import { labelPriority } from '../src/core/layout/labelPriority';
import type { ExonetGraph } from '../src/core/model/types';
import { FCOSE_OPTIONS } from '../src/cy/layouts';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeLabelPriority(graph: ExonetGraph): void {
  const order = labelPriority(graph);
  writeFileSync(join(GRAPH_DATA_DIR, 'label-priority.json'), `${JSON.stringify(order, null, 0).replace(/","/g, '",\n"')}\n`);
  console.log(`layout: label priority of ${order.length} nodes -> graph-data/label-priority.json`);
}

function main(): void {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) {
    for (const p of loaded.problems.slice(0, 20)) console.error(`${p.where}: ${p.message}`);
    console.error('layout: the graph data is invalid; run `npm run -s graph -- validate`');
    process.exitCode = 1;
    return;
  }
  const { graph } = loaded;
  writeLabelPriority(graph);
  if (process.argv.includes('--labels-only')) return;
  cytoscape.use(fcose);
  const random = Math.random;
  Math.random = mulberry32(20240101);
  const started = performance.now();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id, size: n.type === 'hallmark' ? 90 : 45 } })),
      ...graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  try {
    cy.layout({ ...FCOSE_OPTIONS, quality: 'proof', animate: false, fixedNodeConstraint: hallmarkRing(graph) } as unknown as cytoscape.LayoutOptions).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
    });
    writeFileSync(join(GRAPH_DATA_DIR, 'layout.json'), `${JSON.stringify(positions, null, 0).replace(/\},"/g, '},\n"')}\n`);
    console.log(`layout: ${graph.nodes.length} nodes placed in ${Math.round(performance.now() - started)} ms -> graph-data/layout.json`);
  } finally {
    Math.random = random;
    cy.destroy();
  }
}

main();
