// Benchmark of the explorer in Chromium: time from navigation to data-state="ready" on
// the embedded review graph, and the latency of a filter toggle (click to the canvas
// counts changing), over several runs. Serves dist/ with vite preview; build first.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser';

const ROOT = join(import.meta.dirname, '..');
const LOADS = 7;
const TOGGLES = 20;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${url}`);
}

export async function benchBrowser(): Promise<void> {
  const port = 4900;
  const server = spawn(join(ROOT, 'node_modules', '.bin', 'vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await launchBrowser();
  try {
    await waitFor(url);
    const loads: number[] = [];
    let nodes = 0;
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
      const started = performance.now();
      await page.goto(url);
      await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
      loads.push(performance.now() - started);
      nodes = Number(await page.getByTestId('graph-canvas').getAttribute('data-nodes'));
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await page.goto(url);
    await page.locator('[data-state="ready"]').waitFor();
    const toggles: number[] = [];
    for (let i = 0; i < TOGGLES; i++) {
      toggles.push(
        await page.evaluate(async () => {
          const canvas = document.querySelector('[data-testid="graph-canvas"]')!;
          const before = canvas.getAttribute('data-nodes');
          const input = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Node types')!.querySelector('input')!;
          const t0 = performance.now();
          input.click();
          while (canvas.getAttribute('data-nodes') === before) await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - t0;
        }),
      );
    }
    console.log(`explorer (${nodes} nodes): navigation to ready median ${median(loads).toFixed(0)} ms, p95 ${p95(loads).toFixed(0)} ms over ${LOADS} loads`);
    console.log(`explorer: filter toggle to updated counts + next frame median ${median(toggles).toFixed(1)} ms, p95 ${p95(toggles).toFixed(1)} ms over ${TOGGLES} toggles`);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}
