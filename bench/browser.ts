// Benchmark of the explorer in Chromium, side by side with a bare Cytoscape.js page drawing
// the same elements at the same preset positions (bench/fixtures/): time from navigation
// to data-state="ready" (interleaved loads), where the explorer's time goes (its
// performance marks), and the latency of a node-type filter on the review graph and on a
// 5,000-node / 20,000-edge graph, against the same class toggle on the bare page.

import type { Browser, Page } from 'playwright-core';
import { loadGraphDataDir } from '../src/cli/loadGraph';
import { launchBrowser } from '../tests/e2e/browser';
import { buildBarePage, serve, writeGraphFiles } from './bareFixture';
import { benchLargeImports, importGraphFile } from './largeImport';
import { median, ratio } from './stats';
import { syntheticGraph, withGridPositions } from './syntheticGraph';

const QUICK = Boolean(process.env.EXONET_BENCH_QUICK);
const LOADS = QUICK ? 5 : 9;
const TOGGLES = QUICK ? 7 : 15;
const VIEWPORT = { viewport: { width: 1500, height: 950 } };
const MARKS = ['exonet:script-start', 'exonet:graph-loaded', 'exonet:render-start', 'exonet:elements-added', 'exonet:ready', 'exonet:first-frame'];

async function timeLoad(browser: Browser, url: string, readySelector: string): Promise<{ ms: number; marks: Record<string, number> }> {
  const page = await browser.newPage(VIEWPORT);
  const started = performance.now();
  await page.goto(url);
  await page.locator(readySelector).waitFor({ timeout: 60_000 });
  const ms = performance.now() - started;
  const marks = await page.evaluate((names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? NaN])), MARKS);
  await page.close();
  return { ms, marks };
}

/** Explorer: click the first node-type box, until the canvas counts change, plus one frame. */
async function explorerToggle(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!;
    const before = canvas.getAttribute('data-nodes');
    const input = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Node types')!.querySelector('input')!;
    const t0 = performance.now();
    input.click();
    while (canvas.getAttribute('data-nodes') === before) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
}

/** Bare page: the same nodes (type-protein) and their edges toggle class "hidden" in one batch, plus two frames. */
async function bareToggle(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const t0 = performance.now();
    cy.batch(() => {
      const nodes = cy.nodes('.type-protein');
      const hide = !nodes.first().hasClass('hidden');
      nodes.toggleClass('hidden', hide);
      nodes.connectedEdges().toggleClass('hidden', hide);
    });
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
}

async function toggles(page: Page, toggle: (page: Page) => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < TOGGLES; i++) times.push(await toggle(page));
  return median(times);
}

async function filterLatency(browser: Browser, base: string, name: string | null): Promise<{ explorer: number; bare: number }> {
  const explorer = await browser.newPage(VIEWPORT);
  await explorer.goto(base);
  await explorer.locator('[data-state="ready"]').waitFor({ timeout: 60_000 });
  if (name) await importGraphFile(explorer, `${name}.graph.json`, `${name}.json`);
  const e = await toggles(explorer, explorerToggle);
  await explorer.close();
  const bare = await browser.newPage(VIEWPORT);
  await bare.goto(`${base}bare/${name ? `?elements=${name}.elements.json` : ''}`);
  await bare.locator('body[data-state="ready"]').waitFor({ timeout: 120_000 });
  const b = await toggles(bare, bareToggle);
  await bare.close();
  return { explorer: e, bare: b };
}

/** Which parts run: the first load, the filter toggles, the large imports. */
export interface BrowserParts {
  load: boolean;
  filter: boolean;
  imports: boolean;
}

export async function benchBrowser(parts: BrowserParts = { load: true, filter: true, imports: true }): Promise<void> {
  const review = loadGraphDataDir();
  if (!review.ok) throw new Error('graph-data/ is invalid; the browser benchmark needs the review graph');
  await buildBarePage();
  writeGraphFiles('review', review.graph);
  writeGraphFiles('filter-5k', withGridPositions(syntheticGraph(5_000, 20_000, 5)));
  const port = 5000 + Math.floor(Math.random() * 4000);
  const server = await serve(port);
  const base = `http://127.0.0.1:${port}/`;
  const browser = await launchBrowser();
  try {
    if (parts.load) await benchFirstLoad(browser, base, review.graph.nodes.length, review.graph.edges.length);
    if (parts.filter) {
      for (const name of [null, 'filter-5k'] as const) {
        const f = await filterLatency(browser, base, name);
        console.log(`filter toggle on ${name ? '5,000 nodes / 20,000 edges' : 'the review graph'} (median of ${TOGGLES}): explorer ${f.explorer.toFixed(1)} ms, bare class toggle ${f.bare.toFixed(1)} ms, ratio ${ratio(f.explorer, f.bare)}${name ? ' (budget 1.5)' : ''}`);
      }
    }
    if (parts.imports) await benchLargeImports(browser, base);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Time to ready of the explorer and of the bare page, interleaved, with the explorer's marks. */
async function benchFirstLoad(browser: Browser, base: string, nodes: number, edges: number): Promise<void> {
  const explorer: number[] = [];
  const bare: number[] = [];
  const marks: Record<string, number[]> = {};
  for (let i = 0; i < LOADS; i++) {
    const e = await timeLoad(browser, base, '[data-testid="graph-canvas"][data-state="ready"]');
    explorer.push(e.ms);
    for (const [k, v] of Object.entries(e.marks)) (marks[k] ??= []).push(v);
    bare.push((await timeLoad(browser, `${base}bare/`, 'body[data-state="ready"]')).ms);
  }
  const e = median(explorer);
  const b = median(bare);
  console.log(`first load (review graph, ${nodes} nodes / ${edges} edges, ${LOADS} interleaved loads, medians):`);
  console.log(`  explorer navigation to ready ${e.toFixed(0)} ms; bare Cytoscape page ${b.toFixed(0)} ms; ratio ${ratio(e, b)} (budget 1.25)`);
  console.log(`  explorer marks (ms after navigation): ${MARKS.map((m) => `${m.replace('exonet:', '')} ${median(marks[m] ?? []).toFixed(0)}`).join(', ')}`);
}
