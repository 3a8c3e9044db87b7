// What a reader sees of a focused view, read from the canvas: a path from TGFβ to
// angiogenesis laid out left to right with every label at 14 px or more on screen and
// nothing under the legend; presentation at a projector's 1280×720 with each step's two
// nodes in view at 24 px or more; leaving restores the view; a filtered section laid out
// on its own, filling the canvas with no label overprinting another; a lecture slide at
// 1280×720 likewise; a selected node framed with its neighbours.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../src/cli/loadGraph';
import { findPaths } from '../../src/core/paths/findPaths';
import { useBrowser } from './browser';
import { openExplorer, settledViewport, viewportOf } from './explorerPage';

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
    const cy = window.exonetCy();
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

interface LabelLayout {
  /** Pairs of drawn labels that overprint each other by more than 2 px both ways. */
  overlaps: [string, string][];
  /** Labels drawn, and the smallest on screen (px). */
  labelled: number;
  minPx: number;
  /** Share of the canvas's width and height that the shown nodes and labels span. */
  spanX: number;
  spanY: number;
  /** Where the middle of what is shown lies, as a share of the canvas height. */
  middleY: number;
}

/** The drawn labels' boxes on screen, read from Cytoscape, and how much of the canvas the view uses. */
function labelLayout(page: Page): Promise<LabelLayout> {
  return page.evaluate(() => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    const cy = window.exonetCy();
    const z = cy.zoom();
    const pan = cy.pan();
    const onScreen = (b: Box) => ({ x1: b.x1 * z + pan.x, x2: b.x2 * z + pan.x, y1: b.y1 * z + pan.y, y2: b.y2 * z + pan.y });
    const shown = cy.nodes().filter((n) => n.visible());
    const drawn = cy.nodes().filter((n) => n.visible() && n.style('label') !== '' && parseFloat(n.style('text-opacity')) > 0);
    const labels = drawn.map((n) => ({ id: n.id(), px: parseFloat(n.style('font-size')) * z, ...onScreen(n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })) }));
    const overlaps: [string, string][] = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i];
        const b = labels[j];
        if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 2 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 2) overlaps.push([a.id, b.id]);
      }
    }
    const all = [...labels, ...shown.map((n) => onScreen(n.boundingBox({ includeLabels: false })))];
    const x1 = Math.min(...all.map((b) => b.x1));
    const x2 = Math.max(...all.map((b) => b.x2));
    const y1 = Math.min(...all.map((b) => b.y1));
    const y2 = Math.max(...all.map((b) => b.y2));
    return { overlaps, labelled: labels.length, minPx: Math.min(...labels.map((l) => l.px)), spanX: (x2 - x1) / cy.width(), spanY: (y2 - y1) / cy.height(), middleY: (y1 + y2) / 2 / cy.height() };
  });
}

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
    // The view reframed for the open legend, at rest.
    const before = await settledViewport(page);

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
    await expect.poll(() => viewportOf(page), { timeout: 15_000 }).toEqual(before);
    expect(await legend.getAttribute('open')).not.toBeNull();
    // And it stays there once the legend and the side panel are back.
    expect(await settledViewport(page)).toEqual(before);
    await page.close();
  });

  it('should lay a filtered section out on its own and label every node at 14 px or more', async () => {
    const page = await openExplorer(browser());
    await page.getByRole('group', { name: 'Review sections' }).getByRole('checkbox', { name: 'Angiogenesis and hypoxia' }).check();
    await expect.poll(() => page.getByRole('button', { name: 'Back to the whole map' }).count()).toBe(1);
    const ids = await page.evaluate(() => window.exonetCy().nodes().filter((n) => n.style('display') !== 'none').map((n) => n.id()));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(80);
    await expect.poll(async () => (await seen(page, ids)).every((n) => n.px >= 14 && n.inView), { timeout: 20_000 }).toBe(true);
    // Laid out on its own: the nodes left their places on the whole map.
    const moved = await page.evaluate((ids) => ids.map((id) => window.exonetCy().getElementById(id).position()), ids);
    const moves = ids.filter((id, i) => Math.hypot(moved[i].x - graph.positions![id].x, moved[i].y - graph.positions![id].y) > 1);
    expect(moves.length).toBeGreaterThan(ids.length / 2);
    await page.close();
  });

  it('should give every label of a filtered section its own room and use the canvas', async () => {
    const page = await openExplorer(browser(), '?sections=angiogenesis', [], { width: 1440, height: 900 });
    await expect.poll(() => page.getByRole('button', { name: 'Back to the whole map' }).count()).toBe(1);
    await expect.poll(async () => (await labelLayout(page)).minPx, { timeout: 20_000 }).toBeGreaterThanOrEqual(14);
    await page.waitForTimeout(1200);
    const seenNow = await labelLayout(page);
    const shown = Number(await attr(page, 'data-nodes'));
    expect(seenNow.labelled).toBe(shown);
    // A few labels may touch where the text runs wider than estimated; none may pile up.
    expect(seenNow.overlaps.length, JSON.stringify(seenNow.overlaps)).toBeLessThanOrEqual(Math.ceil(shown * 0.05));
    expect(seenNow.spanX).toBeGreaterThan(0.8);
    expect(seenNow.spanY).toBeGreaterThan(0.8);
    await page.close();
  });

  it('should show a lecture slide at 1280×720 with its own nodes labelled at 24 px, no label over another, across the canvas and in its middle', async () => {
    const page = await openExplorer(browser(), '?story=immune&step=2', [], { width: 1280, height: 720 });
    await expect.poll(() => attr(page, 'data-presenting')).toBe('story');
    // The nodes the step is about (its frame) at the projector size; the rest where they fit.
    const about = ['hsp70', 'tlr2', 'mdsc', 'immune-evasion'];
    await expect.poll(async () => (await seen(page, about)).every((n) => n.px >= 24 && n.inView), { timeout: 20_000 }).toBe(true);
    await page.waitForTimeout(1200);
    const slide = await labelLayout(page);
    expect(slide.labelled).toBeGreaterThanOrEqual(4);
    expect(slide.overlaps).toEqual([]);
    expect(slide.spanX).toBeGreaterThan(0.75);
    expect(Math.abs(slide.middleY - 0.5)).toBeLessThan(0.12);
    await page.close();
  });

  it('should label a crowded focused view on a 640 px screen where labels fit, without overprinting, its hallmarks first', async () => {
    const page = await openExplorer(browser(), '?hallmarks=immune-evasion', [], { width: 640, height: 800 });
    await expect.poll(() => page.getByRole('button', { name: 'Back to the whole map' }).count()).toBe(1);
    await page.waitForTimeout(1500);
    await expect.poll(async () => (await labelLayout(page)).labelled, { timeout: 20_000 }).toBeGreaterThan(10);
    const crowded = await labelLayout(page);
    expect(Number(await attr(page, 'data-nodes'))).toBeGreaterThan(80);
    expect(crowded.overlaps).toEqual([]);
    expect((await seen(page, ['immune-evasion']))[0].px).toBeGreaterThanOrEqual(14);
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
