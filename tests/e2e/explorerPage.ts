// Helpers for browser tests: open the explorer at a URL and wait until the canvas is ready.

import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

export interface CanvasCounts {
  nodes: number;
  edges: number;
}

export async function openExplorer(browser: Browser, query = '', errors: string[] = [], size = { width: 1500, height: 950 }): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
  return page;
}

/**
 * What the canvas shows: the counts on its hooks, checked against the Cytoscape instance
 * itself (elements whose style is not display: none).
 */
export async function canvasCounts(page: Page): Promise<CanvasCounts> {
  return page.evaluate(() => {
    type Ele = { style(name: string): string; visible(): boolean };
    type Cy = { nodes(): { filter(f: (e: Ele) => boolean): { length: number } }; edges(): { filter(f: (e: Ele) => boolean): { length: number } } };
    const wrapper = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
    const holder = [...(wrapper?.querySelectorAll('div') ?? [])].find((d) => (d as unknown as { _cyreg?: { cy?: Cy } })._cyreg?.cy);
    const cy = (holder as unknown as { _cyreg: { cy: Cy } } | undefined)?._cyreg.cy;
    if (!wrapper || !cy) throw new Error('no Cytoscape canvas on the page');
    const shown = (e: Ele) => e.style('display') !== 'none' && e.visible();
    const drawn = { nodes: cy.nodes().filter(shown).length, edges: cy.edges().filter(shown).length };
    const hooks = { nodes: Number(wrapper.dataset.nodes), edges: Number(wrapper.dataset.edges) };
    // While the canvas catches up, the hooks may lag one update; report what is drawn only once they agree.
    return hooks.nodes === drawn.nodes && hooks.edges === drawn.edges ? drawn : { nodes: -1, edges: -1 };
  });
}
