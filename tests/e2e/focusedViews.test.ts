// What a reader sees of a focused view, read from the canvas: a path from TGFβ to
// angiogenesis laid out left to right with every label at 14 px or more on screen and
// nothing under the legend; presentation at a projector's 1280×720 with each step's two
// nodes in view at 24 px or more; leaving restores the view; a filtered section laid out
// on its own; a selected node framed with its neighbours.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../src/cli/loadGraph';
import { findPaths } from '../../src/core/paths/findPaths';
import { useBrowser } from './browser';
import { openExplorer } from './explorerPage';

const loaded = loadGraphDataDir();
if (!loaded.ok) throw new Error('graph-data is invalid');
const graph = loaded.graph;
const paths = findPaths(graph, 'tgfb', 'angiogenesis', { k: 5, maxHops: 5 });
const longIndex = paths.findIndex((p) => p.steps.length >= 3);
const longPath = paths[longIndex];

interface NodeSeen {
  id: string;
  /** Label size on screen: font size × zoom; 0 when no label is drawn. */
  px: number;
  x: number;
  y: number;
  inView: boolean;
  /** Whether the page's topmost element at the node's centre is the canvas. */
  canvasOnTop: boolean;
}

/** How the given nodes appear on the canvas now. */
function seen(page: Page, ids: readonly string[]): Promise<NodeSeen[]> {
  return page.evaluate((ids) => {
    const wrapper = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]')!;
    type Node = { style(n: string): string; renderedPosition(): { x: number; y: number }; visible(): boolean };
    const holder = [...wrapper.querySelectorAll('div')].find((d) => (d as unknown as { _cyreg?: unknown })._cyreg) as unknown as { _cyreg: { cy: { zoom(): number; getElementById(id: string): Node } } };
    const cy = holder._cyreg.cy;
    const rect = wrapper.getBoundingClientRect();
    return ids.map((id) => {
      const node = cy.getElementById(id);
      const p = node.renderedPosition();
      const fontPx = parseFloat(node.style('font-size')) * cy.zoom();
      const minZoomed = parseFloat(node.style('min-zoomed-font-size'));
      const drawn = node.visible() && node.style('label') !== '' && fontPx >= minZoomed && parseFloat(node.style('text-opacity')) > 0;
      const x = rect.left + p.x;
      const y = rect.top + p.y;
      const top = document.elementFromPoint(x, y);
      return { id, px: drawn ? fontPx : 0, x, y, inView: p.x >= 0 && p.y >= 0 && p.x <= rect.width && p.y <= rect.height, canvasOnTop: !!top && wrapper.contains(top) && top.tagName === 'CANVAS' };
    });
  }, ids);
}

const attr = (page: Page, name: string) => page.getByTestId('graph-canvas').getAttribute(name);

describe('focused views', () => {
  const browser = useBrowser();

  it('should lay a path of three or more steps out left to right, every label at 14 px or more, none under the legend', async () => {
    expect(longIndex).toBeGreaterThanOrEqual(0);
    const page = await openExplorer(browser(), `?from=tgfb&to=angiogenesis&k=5&hops=5&p=${longIndex}`);
    await expect.poll(() => attr(page, 'data-path')).toBe(longPath.nodes.join('>'));
    await expect.poll(async () => (await seen(page, longPath.nodes)).every((n) => n.px >= 14 && n.inView && n.canvasOnTop), { timeout: 15_000 }).toBe(true);
    const nodes = await seen(page, longPath.nodes);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i].x).toBeGreaterThan(nodes[i - 1].x);
    // The legend is still there, folded out of the way.
    expect(await page.getByRole('group', { name: 'Legend' }).count() + (await page.locator('details.legend').count())).toBeGreaterThan(0);

    // The way back: the whole map, with every node.
    await page.getByRole('button', { name: 'Back to the whole map' }).click();
    await expect.poll(() => attr(page, 'data-nodes')).toBe(String(graph.nodes.length));
    await page.close();
  });

  it('should present each step at 1280×720 with its two nodes in view at 24 px or more, and restore the view on Escape', async () => {
    const page = await openExplorer(browser(), `?from=tgfb&to=angiogenesis&k=5&hops=5&p=${longIndex}`, [], { width: 1280, height: 720 });
    await expect.poll(() => attr(page, 'data-path')).toBe(longPath.nodes.join('>'));
    const legend = page.locator('details.legend');
    await legend.locator('summary').click();
    await expect.poll(() => legend.getAttribute('open')).not.toBeNull();
    await page.waitForTimeout(800);
    const viewport = () => page.evaluate(() => {
      const holder = [...document.querySelectorAll('[data-testid="graph-canvas"] div')].find((d) => (d as unknown as { _cyreg?: unknown })._cyreg) as unknown as { _cyreg: { cy: { zoom(): number; pan(): { x: number; y: number } } } };
      const cy = holder._cyreg.cy;
      return { zoom: Math.round(cy.zoom() * 1e4) / 1e4, x: Math.round(cy.pan().x), y: Math.round(cy.pan().y) };
    });
    const before = await viewport();

    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => attr(page, 'data-presenting')).toBe('path');
    for (let i = 0; i < longPath.steps.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => attr(page, 'data-step')).toBe(String(i));
      const pair = [longPath.steps[i].from, longPath.steps[i].to];
      await expect.poll(async () => (await seen(page, pair)).every((n) => n.inView && n.px >= 24), { timeout: 15_000 }).toBe(true);
    }
    // The closing step: the whole path with its references; → stays there.
    await page.keyboard.press('ArrowRight');
    const caption = page.getByRole('region', { name: 'Presentation caption' });
    await expect.poll(() => caption.textContent()).toContain('The whole path');
    expect(await caption.textContent()).toContain(longPath.refs.join(', '));
    await expect.poll(async () => (await seen(page, longPath.nodes)).every((n) => n.inView && n.px >= 24), { timeout: 15_000 }).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await attr(page, 'data-step')).toBe(String(longPath.steps.length));

    await page.keyboard.press('Escape');
    await expect.poll(() => attr(page, 'data-presenting')).toBe(null);
    await expect.poll(viewport, { timeout: 15_000 }).toEqual(before);
    expect(await legend.getAttribute('open')).not.toBeNull();
    await page.close();
  });

  it('should lay a filtered section out on its own and label every node at 14 px or more', async () => {
    const page = await openExplorer(browser());
    await page.getByRole('group', { name: 'Review sections' }).getByRole('checkbox', { name: 'Angiogenesis and hypoxia' }).check();
    await expect.poll(() => page.getByRole('button', { name: 'Back to the whole map' }).count()).toBe(1);
    const ids = await page.evaluate(() => {
      const holder = [...document.querySelectorAll('[data-testid="graph-canvas"] div')].find((d) => (d as unknown as { _cyreg?: unknown })._cyreg) as unknown as { _cyreg: { cy: { nodes(): { filter(f: (n: { style(s: string): string }) => boolean): { map(f: (n: { id(): string }) => string): string[] } } } } };
      return holder._cyreg.cy.nodes().filter((n) => n.style('display') !== 'none').map((n) => n.id());
    });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(80);
    await expect.poll(async () => (await seen(page, ids)).every((n) => n.px >= 14 && n.inView), { timeout: 20_000 }).toBe(true);
    // Laid out on its own: the nodes left their places on the whole map.
    const moved = await page.evaluate((ids) => {
      const holder = [...document.querySelectorAll('[data-testid="graph-canvas"] div')].find((d) => (d as unknown as { _cyreg?: unknown })._cyreg) as unknown as { _cyreg: { cy: { getElementById(id: string): { position(): { x: number; y: number } } } } };
      return ids.map((id) => holder._cyreg.cy.getElementById(id).position());
    }, ids);
    const moves = ids.filter((id, i) => Math.hypot(moved[i].x - graph.positions![id].x, moved[i].y - graph.positions![id].y) > 1);
    expect(moves.length).toBeGreaterThan(ids.length / 2);
    await page.close();
  });

  it('should frame a selected node with all its neighbours', async () => {
    const page = await openExplorer(browser());
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('hsp70');
    await page.getByRole('option').first().waitFor();
    await box.press('Enter');
    const hood = [...new Set(graph.edges.filter((e) => e.source === 'hsp70' || e.target === 'hsp70').flatMap((e) => [e.source, e.target]))];
    expect(hood.length).toBeGreaterThan(2);
    await expect.poll(async () => (await seen(page, hood)).every((n) => n.inView), { timeout: 15_000 }).toBe(true);
    await page.close();
  });
});
