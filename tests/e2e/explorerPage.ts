// Helpers for browser tests: open the explorer at a URL and wait until the canvas is ready.

import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

export interface CanvasCounts {
  nodes: number;
  edges: number;
}

export async function openExplorer(browser: Browser, query = '', errors: string[] = []): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
  return page;
}

export async function canvasCounts(page: Page): Promise<CanvasCounts> {
  const el = page.getByTestId('graph-canvas');
  return {
    nodes: Number(await el.getAttribute('data-nodes')),
    edges: Number(await el.getAttribute('data-edges')),
  };
}
