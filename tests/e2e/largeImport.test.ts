// A large graph without positions, imported as a visitor does it: it is laid out in the
// layout worker with a progress indicator, then drawn with positions spread over the
// plane; Cancel stops the layout and leaves the graph that was shown.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExonetGraph } from '../../src/core/model/types';
import { useBrowser } from './browser';
import { canvasCounts, openExplorer } from './explorerPage';

const NODES = 5_000;
const EDGES = 10_000;

/** A valid graph of 5,000 nodes and 10,000 edges, without positions: a ring with chords. */
function largeGraph(): ExonetGraph {
  const nodes = Array.from({ length: NODES }, (_, i) => ({ id: `n${i}`, label: `Node ${i}`, type: i % 50 === 0 ? ('hallmark' as const) : ('protein' as const) }));
  const edges = Array.from({ length: EDGES }, (_, i) => {
    const source = i % NODES;
    const target = (source + 1 + Math.floor(i / NODES) * 7) % NODES;
    return { id: `e${i}`, source: `n${source}`, target: `n${target}`, relation: 'activates' as const, sign: 1 as const, evidence: [{ refs: [1 + (i % 280)], section: 'immune', claim: `Synthetic statement ${i}.` }] };
  });
  return { format: 'exonet-graph', version: 1, source: { title: 'Synthetic large graph', authors: [] }, nodes, edges };
}

async function importGraph(page: Page, graph: ExonetGraph): Promise<void> {
  await page.getByLabel('Graph file to import').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(graph)) });
}

/** Positions as drawn by Cytoscape: how many distinct ones, and the extent of the drawing. */
function drawnSpread(page: Page) {
  return page.evaluate(() => {
    const cy = window.exonetCy();
    const distinct = new Set(cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`));
    const box = cy.nodes().boundingBox({ includeLabels: false });
    return { nodes: cy.nodes().length, distinct: distinct.size, width: box.w, height: box.h };
  });
}

describe('large import', () => {
  const browser = useBrowser();

  it('should lay out a 5,000-node graph without positions in the worker, showing progress, and end ready', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    await importGraph(page, largeGraph());
    const progress = page.getByTestId('layout-progress');
    await progress.waitFor({ timeout: 30_000 });
    expect(await progress.textContent()).toContain('5,000 nodes, 10,000 edges');
    expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    await expect.poll(() => canvasCounts(page), { timeout: 240_000, interval: 500 }).toEqual({ nodes: NODES, edges: EDGES });
    await page.locator('[data-state="ready"]').waitFor({ timeout: 60_000 });
    expect(await progress.count()).toBe(0);
    const spread = await drawnSpread(page);
    expect(spread.nodes).toBe(NODES);
    expect(spread.distinct).toBeGreaterThan(NODES * 0.9);
    expect(Math.min(spread.width, spread.height)).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await page.close();
  }, 360_000);

  it('should keep the graph that was shown when the layout is cancelled', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    const review = await canvasCounts(page);
    await importGraph(page, largeGraph());
    await page.getByTestId('layout-progress').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Import of large.json cancelled' }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('layout-progress').count()).toBe(0);
    expect(await canvasCounts(page)).toEqual(review);
    expect((await drawnSpread(page)).nodes).toBe(review.nodes);
    expect(await page.getByRole('button', { name: 'Back to the review graph' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
