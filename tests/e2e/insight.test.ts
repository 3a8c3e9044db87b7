// The insight views in the browser: the matrix drawn with one row per exosomal protein and
// one column per hallmark, a cell opening its paths on the canvas, a knock-out of TGFβ
// updating the counts and the URL, contradictions, and the CSV and PNG exports.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../src/cli/loadGraph';
import { applyFilters, subgraphOf } from '../../src/core/filter/applyFilters';
import { causalMatrix } from '../../src/core/insight/causalMatrix';
import { findContradictions } from '../../src/core/insight/contradictions';
import { keyMediators } from '../../src/core/insight/keyMediators';
import { knockOut } from '../../src/core/insight/knockout';
import { findPaths } from '../../src/core/paths/findPaths';
import { useBrowser } from './browser';
import { openExplorer } from './explorerPage';

const loaded = loadGraphDataDir();
if (!loaded.ok) throw new Error('graph-data is invalid');
const graph = loaded.graph;
const proteins = graph.nodes.filter((n) => n.type === 'protein' && n.exosomal);
const hallmarks = graph.nodes.filter((n) => n.type === 'hallmark');
const matrix = causalMatrix(graph);

/** The ids of the nodes the canvas draws as on the highlighted path. */
const onPathNodes = (page: Page) =>
  page.evaluate(() => window.exonetCy().nodes('.on-path').map((n) => n.id()).sort());

describe('insight views', { timeout: 120_000 }, () => {
  const browser = useBrowser();

  it('should draw the matrix with one row per exosomal protein, one column per hallmark and a cell per pair joined by a path', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    const table = page.getByTestId('insight-matrix');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(proteins.length);
    expect(await table.locator('thead th.column-head').count()).toBe(hallmarks.length);
    expect(await table.locator('td[data-hops]').count()).toBe(matrix.cells.length);
    for (const cell of matrix.cells.slice(0, 5)) {
      const td = table.locator(`tr[data-row="${cell.row}"] td[data-column="${cell.column}"]`);
      expect(await td.getAttribute('data-hops')).toBe(String(cell.hops));
      expect(await td.getAttribute('data-sign')).toBe(String(cell.sign));
      expect(await td.textContent()).toMatch(/^[▲▼◆]\d$/);
    }
    expect(page.url()).toContain('view=matrix');

    // Sorted by hallmarks reached, the first row reaches the most; by name, rows are alphabetical.
    const reached = new Map<string, number>();
    for (const c of matrix.cells) reached.set(c.row, (reached.get(c.row) ?? 0) + 1);
    const firstRow = await table.locator('tbody tr').first().getAttribute('data-row');
    expect(reached.get(firstRow!)).toBe(Math.max(...reached.values()));
    await page.getByRole('combobox', { name: 'Sort rows' }).selectOption('name');
    const labels = await table.locator('tbody th .row-label').allTextContents();
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should narrow the matrix to the evidence of one cancer type, as the canvas filter does', async () => {
    const page = await openExplorer(browser(), '?view=matrix');
    const table = page.getByTestId('insight-matrix');
    await table.waitFor();
    const cancer = 'breast cancer';
    const expected = causalMatrix(subgraphOf(graph, applyFilters(graph, { cancers: [cancer] })));
    await page.getByRole('combobox', { name: 'Cancer type' }).selectOption(cancer);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(expected.rows.length);
    expect(await table.locator('td[data-hops]').count()).toBe(expected.cells.length);
    expect(page.url()).toContain('cancers=breast+cancer');
    await page.close();
  });

  it('should show the paths of a clicked cell in the path finder and on the canvas', async () => {
    const cell = matrix.cells.find((c) => c.row === 'hsp70') ?? matrix.cells[0];
    const paths = findPaths(graph, cell.row, cell.column, { k: 5, maxHops: 5 });
    expect(paths[0].hops).toBe(cell.hops);
    const page = await openExplorer(browser(), '?view=matrix');
    const table = page.getByTestId('insight-matrix');
    await table.waitFor();
    await table.locator(`tr[data-row="${cell.row}"] td[data-column="${cell.column}"] button`).click();
    await expect.poll(() => page.getByTestId('graph-canvas').getAttribute('data-path')).toBe(paths[0].nodes.join('>'));
    await expect.poll(() => onPathNodes(page)).toEqual([...paths[0].nodes].sort());
    expect(await page.getByTestId('insight-view').count()).toBe(0);
    // The path finder's code may still be on its way (it shows "Loading…" until then).
    await expect.poll(() => page.getByRole('complementary').locator('.path-choice').count()).toBe(paths.length);
    await page.close();
  });

  it('should update the counts, the before/after matrices and the URL when TGFβ is knocked out', async () => {
    const expected = knockOut(graph, ['tgfb']);
    expect(expected.lost.length).toBeGreaterThan(0);
    const page = await openExplorer(browser(), '?view=knockout');
    const counts = page.getByTestId('knockout-counts');
    await counts.waitFor();
    expect(await counts.getAttribute('data-lost')).toBe('0');
    const box = page.getByRole('combobox', { name: 'Knock out a node' });
    await box.fill('TGFβ');
    await page.getByRole('listbox', { name: 'Knock out a node suggestions' }).getByRole('option').first().waitFor();
    await box.press('Enter');
    await expect.poll(() => counts.getAttribute('data-lost')).toBe(String(expected.lost.length));
    expect(await counts.getAttribute('data-kept')).toBe(String(expected.kept));
    expect(await counts.textContent()).toContain(`Without TGFβ: ${expected.lost.length} of`);
    expect(new URL(page.url()).searchParams.get('ko')).toBe('tgfb');
    expect(await page.getByTestId('knockout-after').locator('td.lost').count()).toBe(expected.lost.length);
    expect(await page.getByTestId('knockout-before').locator('td[data-hops]').count()).toBe(expected.before.cells.length);
    await page.close();
  });

  it('should knock out a family of nodes, and a link with ko= reproduces the knock-out', async () => {
    const page = await openExplorer(browser(), '?view=knockout&ko=tgfb');
    const counts = page.getByTestId('knockout-counts');
    await counts.waitFor();
    await page.getByRole('textbox', { name: 'Knock out a family' }).fill('integrins');
    await page.getByRole('button', { name: /^Add \d+ nodes$/ }).click();
    const ko = new URL(page.url()).searchParams.get('ko')!.split(',');
    expect(ko).toEqual(expect.arrayContaining(['tgfb', 'itga6b4', 'itga6b1']));
    const both = knockOut(graph, ko);
    await expect.poll(() => counts.getAttribute('data-lost')).toBe(String(both.lost.length));
    await page.reload();
    await expect.poll(() => page.getByTestId('knockout-counts').getAttribute('data-lost')).toBe(String(both.lost.length));
    expect(await page.getByRole('list', { name: 'Knocked out' }).getByRole('listitem').count()).toBe(ko.length + 1);
    await page.close();
  });

  it('should refuse a link that knocks out an unknown node, with a notice', async () => {
    const page = await openExplorer(browser(), '?view=knockout&ko=tgfb,no-such-node');
    await page.getByText('The link could not be fully read').waitFor();
    expect(await page.getByTestId('insight-view').count()).toBe(0);
    await page.close();
  });

  it('should list every contradiction with the best path of each sign and its citations', async () => {
    const expected = findContradictions(graph);
    const page = await openExplorer(browser(), '?view=contradictions');
    await page.getByTestId('contradiction-count').waitFor();
    const articles = page.locator('article.contradiction');
    expect(await articles.count()).toBe(expected.length);
    if (expected.length) {
      const first = articles.first();
      const label = (id: string) => graph.nodes.find((n) => n.id === id)!.label;
      expect(await first.locator('.chain').allTextContents()).toEqual([expected[0].promotes.nodes.map(label).join(' → '), expected[0].suppresses.nodes.map(label).join(' → ')]);
      const refs = await first.locator('.refs a').allTextContents();
      expect(new Set(refs.map(Number))).toEqual(new Set([...expected[0].promotes.refs, ...expected[0].suppresses.refs]));
    }
    await page.close();
  });

  it('should list the key mediators best first and size the map\'s nodes by their score', async () => {
    const expected = keyMediators(graph, { top: 5 });
    const page = await openExplorer(browser(), '?view=mediators');
    const table = page.getByTestId('mediators');
    await table.waitFor();
    const label = (id: string) => graph.nodes.find((n) => n.id === id)!.label;
    expect((await table.locator('tbody tr td:nth-child(2)').allTextContents()).slice(0, 5).map((t) => t.trim())).toEqual(expected.map((m) => label(m.id)));
    const width = (id: string) => page.evaluate((nodeId) => window.exonetCy().getElementById(nodeId).width(), id);
    const top = expected[0].id;
    const unscored = graph.nodes.find((n) => n.type === 'protein' && !keyMediators(graph).some((m) => m.id === n.id))!.id;
    const before = { top: await width(top), unscored: await width(unscored) };
    await page.getByRole('checkbox', { name: 'Size nodes on the map by mediator score' }).check();
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await expect.poll(() => page.getByTestId('graph-canvas').getAttribute('data-sizing')).toBe('mediators');
    await expect.poll(() => width(top)).toBeGreaterThan(before.top);
    expect(await width(unscored)).toBeLessThan(before.unscored);
    expect(await width(top)).toBeGreaterThan(await width(expected[4].id));
    await page.close();
  });

  it('should export the matrix as CSV and as a PNG with a row per protein', async () => {
    const page = await openExplorer(browser(), '?view=matrix');
    await page.getByTestId('insight-matrix').waitFor();
    const save = async (name: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name }).click();
      const file = await download;
      return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
    };
    const csv = await save('Export CSV');
    const lines = csv.content.toString('utf8').trimEnd().split('\r\n');
    expect(csv.name).toBe('exonet-matrix.csv');
    expect(lines).toHaveLength(proteins.length + 1);
    expect(lines[0].split(',').length).toBe(3 + hallmarks.length);
    const all = await save('Export PNG');
    expect(all.content.subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.getByRole('checkbox', { name: 'Only proteins that reach a hallmark' }).check();
    const fewer = await save('Export PNG');
    const height = (b: Buffer) => b.readUInt32BE(20);
    const reaching = new Set(matrix.cells.map((c) => c.row)).size;
    // 24 px per row at twice the size: the pictures differ by exactly the rows left out.
    expect(height(all.content) - height(fewer.content)).toBe((proteins.length - reaching) * 24 * 2);
    await page.close();
  });
});
