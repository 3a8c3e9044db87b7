// Helpers for browser tests: open the explorer at a URL and wait until the canvas is ready.

import type { Core } from 'cytoscape';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

export interface CanvasCounts {
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    /** The page's Cytoscape instance (installed by the browser tests, see installCyHook). */
    exonetCy(): Core;
  }
}

/**
 * Gives the page a `window.exonetCy()` that returns the canvas's Cytoscape instance, so that a
 * test reads what is drawn with `page.evaluate(() => window.exonetCy()...)`. An init script
 * runs before the page's own and is not bound by its content security policy.
 */
export async function installCyHook(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.exonetCy = () => {
      const holder = [...document.querySelectorAll('[data-testid="graph-canvas"], [data-testid="graph-canvas"] *')].find((e) => (e as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy);
      if (!holder) throw new Error('no Cytoscape canvas on the page');
      return (holder as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    };
  });
}

const DEFAULT_SIZE = { width: 1500, height: 950 };
const contexts = new WeakMap<Browser, Promise<BrowserContext>>();

/**
 * The pages of one browser share a context (a fresh context per page costs about half a
 * second, and shares no compiled code), but each page starts with the app's saved state
 * cleared: its first document empties localStorage, a reload of the same tab keeps it.
 */
async function freshPage(browser: Browser, size: { width: number; height: number }): Promise<Page> {
  let context = contexts.get(browser);
  if (!context) {
    context = browser.newContext({ viewport: DEFAULT_SIZE });
    contexts.set(browser, context);
  }
  const page = await (await context).newPage();
  if (size.width !== DEFAULT_SIZE.width || size.height !== DEFAULT_SIZE.height) await page.setViewportSize(size);
  await page.addInitScript(() => {
    // Pages with no storage of their own (about:blank) are left alone.
    if (!location.protocol.startsWith('http') || sessionStorage.getItem('exonet-test-tab')) return;
    localStorage.clear();
    sessionStorage.setItem('exonet-test-tab', 'started');
  });
  return page;
}

/** A page for the explorer, not yet navigated (so that a test may route its requests first). */
export async function explorerPage(browser: Browser, size = DEFAULT_SIZE): Promise<Page> {
  const page = await freshPage(browser, size);
  await installCyHook(page);
  return page;
}

/** Navigates a page to the explorer at a URL and waits until the canvas is ready. */
export async function gotoExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
}

export async function openExplorer(browser: Browser, query = '', errors: string[] = [], size = DEFAULT_SIZE): Promise<Page> {
  const page = await explorerPage(browser, size);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await gotoExplorer(page, query);
  return page;
}

/**
 * What the canvas shows: the counts on its hooks, checked against the Cytoscape instance
 * itself (elements whose style is not display: none). While the canvas catches up, the
 * hooks may lag one update: this waits (up to two seconds of frames) for them to agree, and
 * answers -1 for both when they never do.
 */
export async function canvasCounts(page: Page): Promise<CanvasCounts> {
  return page.evaluate(async () => {
    const wrapper = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
    const cy = window.exonetCy();
    if (!wrapper) throw new Error('no canvas wrapper on the page');
    const shown = (e: { style(name: string): string; visible(): boolean }) => e.style('display') !== 'none' && e.visible();
    const until = performance.now() + 2000;
    for (;;) {
      const drawn = { nodes: cy.nodes().filter(shown).length, edges: cy.edges().filter(shown).length };
      const hooks = { nodes: Number(wrapper.dataset.nodes), edges: Number(wrapper.dataset.edges) };
      if (hooks.nodes === drawn.nodes && hooks.edges === drawn.edges) return drawn;
      if (performance.now() > until) return { nodes: -1, edges: -1 };
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
}

export interface ViewportNumbers {
  zoom: number;
  x: number;
  y: number;
}

/** The canvas's zoom (to 4 decimals) and pan (to whole pixels), as drawn. */
export function viewportOf(page: Page): Promise<ViewportNumbers> {
  return page.evaluate(() => {
    const cy = window.exonetCy();
    return { zoom: Math.round(cy.zoom() * 1e4) / 1e4, x: Math.round(cy.pan().x), y: Math.round(cy.pan().y) };
  });
}

/** The viewport once it has stopped moving: the same in two reads `gapMs` apart. */
export async function settledViewport(page: Page, gapMs = 400, timeoutMs = 15_000): Promise<ViewportNumbers> {
  const deadline = Date.now() + timeoutMs;
  let last = await viewportOf(page);
  for (;;) {
    await page.waitForTimeout(gapMs);
    const now = await viewportOf(page);
    if (now.zoom === last.zoom && now.x === last.x && now.y === last.y) return now;
    if (Date.now() > deadline) throw new Error(`the viewport kept moving for ${timeoutMs} ms`);
    last = now;
  }
}
