// Importing a graph as a visitor does it: our JSON and Cytoscape.js JSON open with their
// counts; broken files are refused with their problems while the graph and selection stay;
// markup in a file is shown as text; drag-and-drop works; and the page never trips its
// content security policy.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/core/filter/applyFilters';
import { MAX_GRAPH_ELEMENTS } from '../../src/core/model/parseGraphText';
import type { ExonetGraph } from '../../src/core/model/types';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { tinyGraph } from '../unit/fixtures/tinyGraph';
import { useBrowser } from './browser';
import { canvasCounts, openExplorer } from './explorerPage';

const POLL = { timeout: 15_000 };
const IMG_MARKUP = '<img src=x onerror="window.__pwned=1">';
const SCRIPT_MARKUP = '<script>window.__pwned=2</script>';

function countsOf(graph: ExonetGraph) {
  const visible = applyFilters(graph, {});
  return { nodes: visible.nodes.size, edges: visible.edges.size };
}

function cytoscapeJsonOf(graph: ExonetGraph): unknown {
  return {
    data: { name: 'tiny review as Cytoscape.js JSON' },
    elements: {
      nodes: graph.nodes.map((n, i) => ({ data: { ...n, name: n.label }, position: { x: 100 * i, y: 50 * (i % 2) } })),
      edges: graph.edges.map((e) => ({ data: { ...e, interaction: e.relation } })),
    },
  };
}

function markupGraph(): ExonetGraph {
  const g = tinyGraph();
  g.nodes.push({ id: 'xss-probe', label: IMG_MARKUP, type: 'protein', aliases: ['xssprobe'], description: SCRIPT_MARKUP });
  g.edges.push({
    id: 'xss-probe--activates--tgfb', source: 'xss-probe', target: 'tgfb', relation: 'activates', sign: 1,
    evidence: [{ refs: [5], section: 'immune', claim: `claim ${IMG_MARKUP.replace('__pwned=1', '__pwned=3')}` }],
  });
  return g;
}

async function importFile(page: Page, name: string, content: unknown): Promise<void> {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  await page.getByLabel('Graph file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function searchAndChoose(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(text);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

const panelHeading = (page: Page) => page.getByRole('complementary').getByRole('heading', { level: 2 }).first().textContent();

describe('import', () => {
  const browser = useBrowser();

  it('should open a graph in our format with its counts, and go back to the review graph', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    const review = await canvasCounts(page);
    await importFile(page, 'tiny.json', tinyGraph());
    await expect.poll(() => canvasCounts(page), POLL).toEqual(countsOf(tinyGraph()));
    expect(await page.getByRole('status').filter({ hasText: 'Opened tiny.json' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Back to the review graph' }).click();
    await expect.poll(() => canvasCounts(page), POLL).toEqual(review);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should open an older file whose differentiates_into edge has sign 0, draw it as a causal step and say so', async () => {
    const old = tinyGraph();
    old.nodes.push({ id: 'caf', label: 'CAF', type: 'cell' });
    old.edges.push({
      id: 'fibroblast--differentiates_into--caf', source: 'fibroblast', target: 'caf', relation: 'differentiates_into',
      sign: 0 as 1, evidence: [{ refs: [116], section: 'cancer-progression', claim: 'Fibroblasts turn into CAFs.' }],
    });
    const page = await openExplorer(browser());
    await importFile(page, 'old.json', old);
    const notice = page.getByRole('status').filter({ hasText: 'Opened old.json' });
    await expect.poll(() => notice.textContent(), POLL).toContain('1 "differentiates_into" edge gave sign 0, read as +1');
    const sign = await page.evaluate(() => window.exonetCy().getElementById('fibroblast--differentiates_into--caf').data('sign') as unknown);
    expect(sign).toBe(1);
    await page.close();
  });

  it('should open a Cytoscape.js JSON graph', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    await importFile(page, 'tiny.cyjs', cytoscapeJsonOf(tinyGraph()));
    await expect.poll(() => canvasCounts(page), POLL).toEqual(countsOf(tinyGraph()));
    expect(await page.getByRole('button', { name: 'Back to the review graph' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should refuse broken files with their problems, keeping the graph and the selection as they were', async () => {
    const page = await openExplorer(browser());
    await searchAndChoose(page, 'hsp70');
    await expect.poll(() => panelHeading(page)).toContain('HSP70');
    const before = { counts: await canvasCounts(page), url: page.url(), heading: await panelHeading(page) };

    await importFile(page, 'not-json.json', '{ "nodes": [ oops');
    const notJson = page.getByRole('alert').filter({ hasText: 'not-json.json' });
    await expect.poll(() => notJson.textContent(), POLL).toMatch(/1 problem.*The current graph is unchanged.*file: not valid JSON/);

    const dangling = tinyGraph();
    dangling.edges[0].target = 'nowhere';
    dangling.edges[1].evidence[0].refs = [999];
    await importFile(page, 'dangling.json', dangling);
    const problems = page.getByRole('alert').filter({ hasText: 'dangling.json' });
    await expect.poll(() => problems.getByRole('listitem').allTextContents(), POLL).toEqual([
      'edge "tgfb--activates--fibroblast".target: target "nowhere" is not a node of the graph',
      'edge "fibroblast--promotes--caf-activation".evidence[0].refs[0]: reference 999 is not an integer from 1 to 280',
    ]);

    const huge = { ...tinyGraph(), nodes: Array.from({ length: MAX_GRAPH_ELEMENTS + 1 }, (_, i) => ({ id: `n${i}`, label: `n${i}`, type: 'protein' })), edges: [] };
    await importFile(page, 'huge.json', huge);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'huge.json' }).textContent(), POLL).toContain(`at most ${MAX_GRAPH_ELEMENTS} can be opened`);

    expect(await canvasCounts(page)).toEqual(before.counts);
    expect(page.url()).toBe(before.url);
    expect(await panelHeading(page)).toBe(before.heading);
    expect(await page.getByRole('button', { name: 'Back to the review graph' }).count()).toBe(0);
    await page.close();
  });

  it('should show markup from a file as literal text and never run it', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    const fileName = '<img src=x onerror="window.__pwned=4">.json';
    await importFile(page, fileName, markupGraph());
    await expect.poll(() => canvasCounts(page), POLL).toEqual(countsOf(markupGraph()));
    expect(await page.getByRole('status').filter({ hasText: `Opened ${fileName}` }).count()).toBe(1);

    await searchAndChoose(page, 'xssprobe');
    const panel = page.getByRole('complementary');
    await expect.poll(() => panelHeading(page)).toContain(IMG_MARKUP);
    const text = await panel.textContent();
    expect(text).toContain(SCRIPT_MARKUP);
    expect(text).toContain(`claim ${IMG_MARKUP.replace('__pwned=1', '__pwned=3')}`);
    expect(await page.locator('img[src="x"], aside script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should not report a content security policy violation while loading, searching and importing', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.reload();
    await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

    await searchAndChoose(page, 'hsp70');
    await expect.poll(() => panelHeading(page)).toContain('HSP70');
    await importFile(page, 'markup.json', markupGraph());
    await expect.poll(() => canvasCounts(page), POLL).toEqual(countsOf(markupGraph()));
    await page.getByRole('button', { name: 'Back to the review graph' }).click();
    await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });

    expect(await violations()).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    // The recorder works: an inline script, which the policy forbids, is reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 5';
      document.body.append(s);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('should open a graph file dropped on the canvas column', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, JSON.stringify(tinyGraph()));
    const main = page.locator('main');
    await main.dispatchEvent('dragover', { dataTransfer });
    await expect.poll(() => main.getAttribute('class')).toContain('drop-target');
    await main.dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => canvasCounts(page), POLL).toEqual(countsOf(tinyGraph()));
    expect(await main.getAttribute('class')).not.toContain('drop-target');
    expect(await page.getByRole('status').filter({ hasText: 'Opened dropped.json' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
