// Plain words and honest paths in the explorer, read from the page and the canvas: a path
// with a step drawn against its walk says "mixed direction" and never "promotes"; the path
// finder's "To" suggests hallmarks first and runs on Enter; a clicked claim brings its edge
// to the centre of the canvas; an imported graph without positions is laid out before it
// is shown, and going back to the review withdraws the import notice.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../src/cli/loadGraph';
import { tinyGraph } from '../unit/fixtures/tinyGraph';
import { useBrowser } from './browser';
import { openExplorer } from './explorerPage';

const POLL = { timeout: 15_000 };
const loaded = loadGraphDataDir();
if (!loaded.ok) throw new Error('graph-data is invalid');
const graph = loaded.graph;

const attr = (page: Page, name: string) => page.getByTestId('graph-canvas').getAttribute(name);

/** Steps of the highlighted path whose every drawn edge points against the walking order. */
function backwardStepsOnCanvas(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph-canvas"]')!;
    const cy = window.exonetCy();
    const order = (el.getAttribute('data-path') ?? '').split('>');
    let backward = 0;
    for (let i = 0; i + 1 < order.length; i++) {
      const drawn = cy.edges('.on-path').filter((e) => [order[i], order[i + 1]].includes(e.source().id()) && [order[i], order[i + 1]].includes(e.target().id()));
      if (drawn.nonempty() && drawn.every((e) => e.data('source') === order[i + 1])) backward++;
    }
    return backward;
  });
}

describe('words and honest paths', () => {
  const browser = useBrowser();

  it('should say "mixed direction", never "promotes", for an undirected path with a step against its edge', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '?from=tgfb&to=angiogenesis&k=5&hops=3&undirected=1', errors);
    await page.getByRole('button', { name: 'Find paths' }).first().click();
    const panel = page.getByRole('complementary');
    const choices = panel.locator('.path-choice');
    await expect.poll(() => choices.count(), POLL).toBe(5);
    let mixed = 0;
    for (let i = 0; i < 5; i++) {
      await choices.nth(i).click();
      await expect.poll(() => choices.nth(i).getAttribute('aria-pressed')).toBe('true');
      const chain = (await choices.nth(i).locator('.chain').textContent()) ?? '';
      expect(chain.split(' → ').length).toBe((await attr(page, 'data-path'))!.split('>').length);
      const backward = await backwardStepsOnCanvas(page);
      const effect = (await choices.nth(i).locator('.effect').textContent()) ?? '';
      if (backward > 0) {
        mixed++;
        expect(effect).toMatch(/^mixed direction/);
        expect(await choices.nth(i).textContent()).not.toContain('promotes');
        expect(await panel.locator('.path-steps').textContent()).toContain('(against the path’s direction)');
      } else {
        expect(effect).not.toMatch(/mixed direction/);
      }
    }
    expect(mixed).toBeGreaterThan(0);
    // No relation id reaches the reader.
    expect(await panel.textContent()).not.toMatch(/[a-z]_[a-z]|-\w+->/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should suggest hallmarks first in "To" and run the search on Enter', async () => {
    const page = await openExplorer(browser());
    await page.getByRole('button', { name: 'Find paths' }).first().click();
    const panel = page.getByRole('complementary');
    const from = panel.getByRole('combobox', { name: 'From' });
    await from.fill('HSP70');
    await panel.getByRole('option').first().waitFor();
    await from.press('Enter');
    const to = panel.getByRole('combobox', { name: 'To' });
    await to.fill('angio');
    await panel.getByRole('option').first().waitFor();
    expect(await panel.getByRole('option').first().locator('.suggestion-label').textContent()).toBe('angiogenesis');
    expect(await attr(page, 'data-path')).toBeNull();
    await to.press('Enter');
    await expect.poll(() => attr(page, 'data-path'), POLL).toMatch(/^hsp70>.*>angiogenesis$/);
    await page.close();
  });

  it('should pan the canvas to the edge of a clicked claim', async () => {
    const page = await openExplorer(browser(), '?sel=node:tgfb');
    const claim = page.getByRole('complementary').locator('.claim-button').nth(3);
    const text = (await claim.textContent()) ?? '';
    const edge = graph.edges.find((e) => (e.source === 'tgfb' || e.target === 'tgfb') && e.evidence.some((ev) => ev.claim === text));
    expect(edge).toBeDefined();
    const offCentre = () =>
      page.evaluate((id) => {
        const cy = window.exonetCy();
        const mid = cy.getElementById(id).renderedMidpoint();
        return Math.hypot(mid.x - cy.width() / 2, mid.y - cy.height() / 2);
      }, edge!.id);
    expect(await offCentre()).toBeGreaterThan(20);
    await claim.click();
    await expect.poll(offCentre, POLL).toBeLessThan(3);
    await page.close();
  });

  it('should lay out an imported graph without positions before showing it, and withdraw its notice on the way back', async () => {
    const page = await openExplorer(browser());
    const tiny = tinyGraph();
    expect(tiny.positions).toBeUndefined();
    await page.getByLabel('Graph file to import').setInputFiles({ name: 'tiny.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tiny)) });
    await expect.poll(() => attr(page, 'data-nodes'), POLL).toBe(String(tiny.nodes.length));
    await page.locator('[data-state="ready"]').waitFor();
    const spread = await page.evaluate(() => {
      const cy = window.exonetCy();
      const points = cy.nodes().map((n) => n.renderedPosition());
      const distinct = new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size;
      const inside = points.every((p) => p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height());
      return { distinct, inside };
    });
    expect(spread).toEqual({ distinct: tiny.nodes.length, inside: true });
    const notice = page.getByRole('status').filter({ hasText: 'Opened tiny.json' });
    expect(await notice.count()).toBe(1);
    await page.getByRole('button', { name: 'Back to the review graph' }).click();
    await expect.poll(() => notice.count(), POLL).toBe(0);
    await page.close();
  });
});
