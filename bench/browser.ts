// Benchmark of the explorer in Chromium, side by side with a bare Cytoscape.js page drawing
// the same elements at the same preset positions with the same labels on (bench/fixtures/):
// time from navigation to data-state="ready" (interleaved loads; read in the page, and as
// the test driver sees it), where the explorer's time goes (its performance marks), and
// the latency of a node-type filter on the review graph and on a 5,000-node / 20,000-edge
// graph, against the same class toggle on the bare page.

import type { Browser, Page } from 'playwright-core';
import { loadGraphDataDir } from '../src/cli/loadGraph';
import type { ExonetGraph } from '../src/core/model/types';
import { launchBrowser } from '../tests/e2e/browser';
import { installCyHook } from '../tests/e2e/explorerPage';
import { buildBarePage, serve, writeGraphFiles, writeLabelledElements, type ShownLabels } from './bareFixture';
import { benchLargeImports, importGraphFile } from './largeImport';
import { median, ratio } from './stats';
import { syntheticGraph, withGridPositions } from './syntheticGraph';

const QUICK = Boolean(process.env.EXONET_BENCH_QUICK);
const LOADS = QUICK ? 5 : 9;
const TOGGLES = QUICK ? 7 : 15;
const VIEWPORT = { viewport: { width: 1500, height: 950 } };
const EXPLORER_READY = '[data-testid="graph-canvas"][data-state="ready"]';
const BARE_READY = 'body[data-state="ready"]';
const MARKS = ['exonet:script-start', 'exonet:graph-loaded', 'exonet:render-start', 'exonet:elements-added', 'exonet:ready', 'exonet:first-frame'];

interface Load {
  /** From navigation to the test driver seeing data-state="ready". */
  ms: number;
  /** From the page's navigation start to the attribute being set, read in the page. */
  inPage: number;
  marks: Record<string, number>;
}

async function timeLoad(browser: Browser, url: string, readySelector: string): Promise<Load> {
  const page = await browser.newPage(VIEWPORT);
  // The moment data-state becomes "ready", on the page's own clock (both pages alike).
  await page.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      if (!changes.some((c) => (c.target as Element).getAttribute('data-state') === 'ready')) return;
      (window as unknown as { exonetReadyAt: number }).exonetReadyAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  const started = performance.now();
  await page.goto(url);
  await page.locator(readySelector).waitFor({ timeout: 60_000 });
  const ms = performance.now() - started;
  const marks = await page.evaluate((names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? NaN])), MARKS);
  const inPage = await page.evaluate(() => (window as unknown as { exonetReadyAt?: number }).exonetReadyAt ?? NaN);
  await page.close();
  return { ms, inPage, marks };
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
  await explorer.locator(EXPLORER_READY).waitFor({ timeout: 60_000 });
  if (name) await importGraphFile(explorer, `${name}.graph.json`, `${name}.json`);
  const e = await toggles(explorer, explorerToggle);
  await explorer.close();
  const bare = await browser.newPage(VIEWPORT);
  await bare.goto(`${base}bare/${name ? `?elements=${name}.elements.json` : ''}`);
  await bare.locator(BARE_READY).waitFor({ timeout: 120_000 });
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
    if (parts.load) await benchFirstLoad(browser, base, review.graph);
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

/** The labels the explorer's first view draws (the elements with label-on and their sizes), read from a loaded page. */
async function firstViewLabels(browser: Browser, base: string): Promise<ShownLabels> {
  const page = await browser.newPage(VIEWPORT);
  await installCyHook(page);
  await page.goto(base);
  await page.locator(EXPLORER_READY).waitFor({ timeout: 60_000 });
  const labels = await page.evaluate(() => {
    const cy = window.exonetCy();
    const keys = ['labelSize', 'labelWidth', 'labelGap', 'labelPx', 'labelWidthPx'];
    return Object.fromEntries(cy.elements('.label-on').map((el) => [el.id(), Object.fromEntries(keys.filter((k) => el.data(k) !== undefined).map((k) => [k, Number(el.data(k))]))]));
  });
  await page.close();
  return labels;
}

/**
 * Time to ready of the explorer and of two bare pages, interleaved, with the explorer's
 * marks. The floor is the bare page drawing what the explorer's first view draws: the
 * same elements at the same positions with the same labels on (read from the explorer);
 * the bare page without labels is printed beside it.
 */
async function benchFirstLoad(browser: Browser, base: string, graph: ExonetGraph): Promise<void> {
  const labels = await firstViewLabels(browser, base);
  writeLabelledElements('review-labelled', graph, labels);
  const explorer: Load[] = [];
  const bare: Load[] = [];
  const unlabelled: Load[] = [];
  for (let i = 0; i < LOADS; i++) {
    explorer.push(await timeLoad(browser, base, EXPLORER_READY));
    bare.push(await timeLoad(browser, `${base}bare/?elements=review-labelled.elements.json`, BARE_READY));
    unlabelled.push(await timeLoad(browser, `${base}bare/`, BARE_READY));
  }
  const marks: Record<string, number[]> = {};
  for (const load of explorer) for (const [k, v] of Object.entries(load.marks)) (marks[k] ??= []).push(v);
  const driver = (loads: Load[]) => median(loads.map((l) => l.ms));
  const inPage = (loads: Load[]) => median(loads.map((l) => l.inPage));
  const [e, b, u] = [explorer, bare, unlabelled].map(driver);
  const [eIn, bIn, uIn] = [explorer, bare, unlabelled].map(inPage);
  console.log(`first load (review graph, ${graph.nodes.length} nodes / ${graph.edges.length} edges, ${LOADS} interleaved loads, medians; the bare pages run the explorer's Cytoscape build):`);
  console.log(`  ready, read in the page (navigation start to data-state="ready"): explorer ${eIn.toFixed(0)} ms; bare page drawing the first view's ${Object.keys(labels).length} labels ${bIn.toFixed(0)} ms; ratio ${ratio(eIn, bIn)} (budget 1.25)`);
  console.log(`  ready as the test driver sees it (it polls, so what the page draws next delays it): explorer ${e.toFixed(0)} ms; bare page with labels ${b.toFixed(0)} ms; ratio ${ratio(e, b)}`);
  console.log(`  bare page without labels: in the page ${uIn.toFixed(0)} ms (ratio ${ratio(eIn, uIn)}); as the driver sees it ${u.toFixed(0)} ms (ratio ${ratio(e, u)})`);
  console.log(`  explorer marks (ms after navigation): ${MARKS.map((m) => `${m.replace('exonet:', '')} ${median(marks[m] ?? []).toFixed(0)}`).join(', ')}`);
}
