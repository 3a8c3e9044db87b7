// Benchmark of importing large graphs without positions: the layout runs in the layout
// worker while the page keeps drawing frames. Prints the time from choosing the file to
// the canvas being ready with every node, and the longest gap between frames while the
// layout ran (budget 200 ms).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BARE_DIR, writeGraphFiles } from './bareFixture';
import { syntheticGraph } from './syntheticGraph';

/** Imports a file written by writeGraphFiles (NAME.graph.json) and waits until the canvas shows all of it. */
export async function importGraphFile(page: Page, fileName: string, name: string): Promise<number> {
  const file = join(BARE_DIR, fileName);
  const text = readFileSync(file);
  const nodes = (JSON.parse(text.toString()) as { nodes: unknown[] }).nodes.length;
  const started = performance.now();
  await page.getByLabel('Graph file to import').setInputFiles({ name, mimeType: 'application/json', buffer: text });
  await page.waitForFunction((n) => {
    const canvas = document.querySelector('[data-testid="graph-canvas"]');
    return canvas?.getAttribute('data-state') === 'ready' && canvas.getAttribute('data-nodes') === String(n);
  }, nodes, { timeout: 900_000, polling: 50 });
  return performance.now() - started;
}

/**
 * Records the longest gap between animation frames while the layout progress is shown.
 * (A script text: tsx would wrap a named function in a helper the page does not have.)
 */
function watchFrames(page: Page): Promise<void> {
  return page.evaluate(`(() => {
    window.__gaps = { max: 0, frames: 0 };
    let last = performance.now();
    const tick = (now) => {
      if (document.querySelector('[data-testid="layout-progress"]')) {
        window.__gaps.max = Math.max(window.__gaps.max, now - last);
        window.__gaps.frames++;
      }
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

export async function benchLargeImports(browser: Browser, base: string): Promise<void> {
  // EXONET_BENCH_QUICK=1 skips the 20,000-node import, which takes minutes on a busy machine.
  const sizes = [[5_000, 10_000, 7], [20_000, 50_000, 8]] as const;
  for (const [nodes, edges, seed] of process.env.EXONET_BENCH_QUICK ? sizes.slice(0, 1) : sizes) {
    const name = `import-${nodes}`;
    writeGraphFiles(name, syntheticGraph(nodes, edges, seed));
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await page.goto(base);
    await page.locator('[data-state="ready"]').waitFor({ timeout: 60_000 });
    await watchFrames(page);
    const ms = await importGraphFile(page, `${name}.graph.json`, `${name}.json`);
    const gaps = await page.evaluate(() => (window as unknown as { __gaps: { max: number; frames: number } }).__gaps);
    console.log(`import of ${nodes.toLocaleString('en')} nodes / ${edges.toLocaleString('en')} edges without positions: ready in ${(ms / 1000).toFixed(1)} s; ` +
      `longest frame gap during the layout ${gaps.max.toFixed(0)} ms over ${gaps.frames} frames (budget 200 ms)`);
    await page.close();
  }
}
