// Under React's StrictMode (development only) components mount, unmount and mount again.
// Against the dev server, the canvas must still end with exactly one live Cytoscape
// instance with one set of our listeners, as in the production build.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

const ROOT = join(import.meta.dirname, '..', '..');

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite dev server did not answer at ${url}`);
}

/** What lives in the canvas container: instances, their state and our listeners. */
async function canvasCensus(page: Page) {
  return page.evaluate(() => {
    const wrapper = document.querySelector('[data-testid="graph-canvas"]')!;
    type Listener = { event: string };
    type Cy = { destroyed(): boolean; emitter(): { listeners: Listener[] }; nodes(): { length: number } };
    const containers = [...wrapper.querySelectorAll('div')].filter((d) => (d as unknown as { _cyreg?: { cy?: Cy } })._cyreg?.cy);
    const cy = (containers[0] as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const count = (event: string) => cy.emitter().listeners.filter((l) => l.event === event).length;
    return {
      containers: containers.length,
      destroyed: cy.destroyed(),
      nodes: cy.nodes().length,
      canvases: wrapper.querySelectorAll('canvas').length,
      listeners: { tap: count('tap'), mouseover: count('mouseover'), mouseout: count('mouseout'), viewport: count('viewport') },
      viewsCreated: performance.getEntriesByName('exonet:view-created').length,
    };
  });
}

describe('StrictMode', () => {
  const browser = useBrowser();
  let server: ChildProcess | null = null;
  let devUrl = '';

  beforeAll(async () => {
    const port = 5200 + Math.floor(Math.random() * 600);
    server = spawn(join(ROOT, 'node_modules', '.bin', 'vite'), ['--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    devUrl = `http://127.0.0.1:${port}/`;
    await waitForServer(devUrl, 30_000);
  }, 60_000);

  afterAll(() => {
    server?.kill('SIGTERM');
    server = null;
  });

  it('should end with one live Cytoscape instance and one set of listeners after the double mount', async () => {
    const dev = await browser().newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    dev.on('pageerror', (e) => errors.push(e.message));
    await dev.goto(devUrl);
    await dev.locator('[data-state="ready"]').waitFor({ timeout: 90_000 });
    const devCensus = await canvasCensus(dev);

    const prod = await browser().newPage({ viewport: { width: 1400, height: 900 } });
    await prod.goto(inject('baseUrl'));
    await prod.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    const prodCensus = await canvasCensus(prod);

    // StrictMode did mount twice in development: two views were created, one lives.
    expect(devCensus.viewsCreated).toBeGreaterThanOrEqual(2);
    expect(prodCensus.viewsCreated).toBe(1);
    const live = { containers: 1, destroyed: false, listeners: { tap: 1, mouseover: 1, mouseout: 1, viewport: 1 } };
    expect(devCensus).toMatchObject(live);
    expect(prodCensus).toMatchObject(live);
    expect(devCensus.canvases).toBe(prodCensus.canvases);
    expect(devCensus.nodes).toBe(prodCensus.nodes);
    expect(Number(await dev.getByTestId('graph-canvas').getAttribute('data-nodes'))).toBe(devCensus.nodes);

    // The one instance answers: a tap on the background clears, a search selects once.
    await dev.getByRole('combobox', { name: 'Search' }).fill('hsp70');
    await dev.getByRole('option').first().waitFor();
    await dev.getByRole('combobox', { name: 'Search' }).press('Enter');
    await expect.poll(() => dev.url()).toContain('sel=node%3Ahsp70');
    expect(errors).toEqual([]);
    await dev.close();
    await prod.close();
    // The dev server compiles modules on first request, which is slow on a busy machine.
  }, 240_000);
});
