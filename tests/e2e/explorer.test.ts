// The explorer as a newcomer uses it: search, panel with citations, filters with counts,
// shareable URLs, back and forward, a malformed URL, and a keyboard-only walk.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../src/cli/loadGraph';
import { applyFilters } from '../../src/core/filter/applyFilters';
import type { FilterCriteria } from '../../src/core/filter/criteria';
import type { ExonetGraph } from '../../src/core/model/types';
import { useBrowser } from './browser';
import { canvasCounts, openExplorer } from './explorerPage';

function reviewGraph(): ExonetGraph {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) throw new Error(`graph-data is invalid: ${loaded.problems[0].message}`);
  return loaded.graph;
}

function expected(graph: ExonetGraph, criteria: FilterCriteria) {
  const v = applyFilters(graph, criteria);
  return { nodes: v.nodes.size, edges: v.edges.size };
}

async function searchAndChoose(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(text);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

describe('explorer', () => {
  const browser = useBrowser();
  const graph = reviewGraph();
  const hsp70 = graph.nodes.find((n) => n.id === 'hsp70')!;
  const hsp70Refs = [...new Set(graph.edges.filter((e) => e.source === 'hsp70' || e.target === 'hsp70').flatMap((e) => e.evidence.flatMap((ev) => ev.refs)))];

  it('should open the side panel with HSP70 and its references when HSP70 is searched', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    await searchAndChoose(page, 'hsp70');
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).first().textContent()).toContain(hsp70.label);
    expect(hsp70Refs.length).toBeGreaterThan(0);
    const links = panel.getByRole('link', { name: /^reference \d+$/ });
    expect(await links.count()).toBeGreaterThan(0);
    const href = await links.first().getAttribute('href');
    expect(href).toMatch(/^https:\/\/doi\.org\/10\.1186\/s12964-023-01408-6#ref-CR\d+$/);
    expect(page.url()).toContain('sel=node%3Ahsp70');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should change the visible counts as each filter asks', async () => {
    const page = await openExplorer(browser());
    expect(await canvasCounts(page)).toEqual(expected(graph, {}));

    const types = page.getByRole('group', { name: 'Node types' });
    await types.getByRole('checkbox', { name: /protein/ }).uncheck();
    const noProteins = expected(graph, { nodeTypes: [...new Set(graph.nodes.map((n) => n.type))].filter((t) => t !== 'protein') });
    await expect.poll(() => canvasCounts(page)).toEqual(noProteins);
    await page.getByRole('button', { name: 'Reset filters' }).click();

    await page.getByRole('group', { name: 'Hallmarks' }).getByRole('checkbox', { name: 'angiogenesis' }).check();
    await expect.poll(() => canvasCounts(page)).toEqual(expected(graph, { hallmarks: ['angiogenesis'], hallmarkHops: 3 }));
    await page.getByRole('button', { name: 'Reset filters' }).click();

    const cancerGroup = page.getByRole('group', { name: 'Cancer types' });
    const firstCancer = cancerGroup.getByRole('checkbox').first();
    const cancerName = (await cancerGroup.locator('.check-label').first().textContent())!.trim();
    await firstCancer.check();
    await expect.poll(() => canvasCounts(page)).toEqual(expected(graph, { cancers: [cancerName] }));
    await page.getByRole('button', { name: 'Reset filters' }).click();

    await page.getByRole('group', { name: 'Review sections' }).getByRole('checkbox', { name: 'Angiogenesis and hypoxia' }).check();
    await expect.poll(() => canvasCounts(page)).toEqual(expected(graph, { sections: ['angiogenesis'] }));
    await page.getByRole('button', { name: 'Reset filters' }).click();

    await page.getByRole('group', { name: 'Edge sign' }).getByRole('checkbox', { name: 'non-causal' }).uncheck();
    await expect.poll(() => canvasCounts(page)).toEqual(expected(graph, { signs: [1, -1] }));
    await page.getByRole('button', { name: 'Reset filters' }).click();

    await page.getByRole('checkbox', { name: /Hide edges the review only hedges/ }).check();
    const stated = expected(graph, { hideHedged: true });
    expect(stated.edges).toBeLessThan(graph.edges.length);
    await expect.poll(() => canvasCounts(page)).toEqual(stated);
    expect(page.url()).toContain('hedged=hide');
    await page.getByRole('button', { name: 'Reset filters' }).click();

    await page.getByRole('checkbox', { name: 'Hide unconnected nodes' }).check();
    await expect.poll(() => canvasCounts(page)).toEqual(expected(graph, { hideIsolated: true }));
    await page.getByRole('button', { name: 'Reset filters' }).click();

    await searchAndChoose(page, 'hsp70');
    await page.getByRole('combobox', { name: 'Around the selected node' }).selectOption('1');
    await expect.poll(() => canvasCounts(page)).toEqual(expected(graph, { focus: { nodeId: 'hsp70', hops: 1 } }));
    await page.close();
  });

  it('should say in the side panel that the review only hedges an edge, with its hedging words', async () => {
    const edge = graph.edges.find((e) => e.evidence.length > 0 && e.evidence.every((ev) => ev.certainty === 'hedged'))!;
    const page = await openExplorer(browser(), `?sel=edge:${edge.id}`);
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.locator('.type-line').first().textContent()).toContain('only hedged in the review');
    const notes = await panel.locator('.hedge-note').allTextContents();
    expect(notes).toEqual(edge.evidence.map((ev) => `Hedged: the review says this may happen (“${ev.hedge}”).`));
    await page.close();
  });

  it('should reproduce the view from a copied URL, and go back and forward', async () => {
    const page = await openExplorer(browser());
    await searchAndChoose(page, 'hsp70');
    await page.getByRole('group', { name: 'Hallmarks' }).getByRole('checkbox', { name: 'angiogenesis' }).check();
    // The filter reaches the canvas a moment after the box is checked.
    await expect.poll(() => canvasCounts(page)).not.toEqual(expected(graph, {}));
    const counts = await canvasCounts(page);
    expect(counts.nodes).toBeGreaterThan(0);
    const url = page.url();
    expect(url).toContain('hallmarks=angiogenesis');

    const copy = await openExplorer(browser(), url.slice(url.indexOf('?')));
    expect(await canvasCounts(copy)).toEqual(counts);
    expect(await copy.getByRole('group', { name: 'Hallmarks' }).getByRole('checkbox', { name: 'angiogenesis' }).isChecked()).toBe(true);
    await copy.close();

    await page.goBack();
    await expect.poll(() => canvasCounts(page)).toEqual(expected(graph, {}));
    await page.goForward();
    await expect.poll(() => canvasCounts(page)).toEqual(counts);
    await page.close();
  });

  it('should run the layered and the force layout on demand without changing what is shown', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '?types=protein,hallmark', errors);
    const counts = await canvasCounts(page);
    for (const [button, layout] of [['Re-layout: layered', 'layered'], ['Re-layout: force', 'fcose']]) {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => page.getByTestId('graph-canvas').getAttribute('data-layout'), { timeout: 30_000 }).toBe(layout);
      expect(await canvasCounts(page)).toEqual(counts);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should fall back to the default view with a notice for a malformed URL', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '?sel=node:%3Cscript%3E&k=zz&hallmarks=nope', errors);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('default view');
    expect(await canvasCounts(page)).toEqual(expected(graph, {}));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should let a keyboard alone search, filter and read the panel', async () => {
    const page = await openExplorer(browser());
    await page.keyboard.press('/');
    await page.keyboard.type('HSP70');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('complementary').getByRole('heading', { level: 2 }).first().textContent()).toContain('HSP70');
    // Tab to the first filter checkbox and toggle it with the space bar.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => `${document.activeElement?.getAttribute('type')}|${document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent}`);
      if (focused === 'checkbox|Node types') break;
    }
    const before = await canvasCounts(page);
    await page.keyboard.press('Space');
    await expect.poll(() => canvasCounts(page)).not.toEqual(before);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // Keep tabbing until focus reaches a reference link in the side panel.
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('aside') && document.activeElement?.tagName === 'A');
    }
    expect(reached).toBe(true);
    await page.close();
  });
});
