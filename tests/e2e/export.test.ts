// Exports from the explorer: every format downloads a file that its reader accepts, PNG
// dimensions follow the scale, the SVG carries its caption as text.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../src/cli/loadGraph';
import { parseGraphText } from '../../src/core/model/parseGraphText';
import { useBrowser } from './browser';
import { openExplorer } from './explorerPage';

/**
 * The picture's border, as drawn by the browser: whether every pixel within `band` pixels
 * of an edge is the background (white), that is whether nothing is cut off at any edge.
 */
async function borderIsBlank(page: Page, png: Buffer, band: number, captionHeight = 0): Promise<boolean> {
  return page.evaluate(async ({ data, band, captionHeight }) => {
    const image = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const h = image.height - captionHeight;
    const strips = [ctx.getImageData(0, 0, image.width, band), ctx.getImageData(0, h - band, image.width, band), ctx.getImageData(0, 0, band, h), ctx.getImageData(image.width - band, 0, band, h)];
    return strips.every((strip) => strip.data.every((v) => v >= 250));
  }, { data: png.toString('base64'), band, captionHeight });
}

const loaded = loadGraphDataDir();
if (!loaded.ok) throw new Error('graph-data is invalid');
const graph = loaded.graph;

function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

async function exportAs(page: Page, format: string, options: { scale?: string; size?: string; caption?: boolean } = {}): Promise<{ name: string; content: Buffer }> {
  const panel = page.getByRole('complementary');
  await panel.getByRole('combobox', { name: 'Format' }).selectOption(format);
  if (options.scale) await panel.getByRole('combobox', { name: 'Scale' }).selectOption(options.scale);
  if (options.size) await panel.getByRole('combobox', { name: 'Size' }).selectOption(options.size);
  if (options.caption !== undefined) await panel.getByRole('checkbox', { name: /Caption/ }).setChecked(options.caption);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
}

describe('export', () => {
  const browser = useBrowser();

  it('should download every data format of the visible subgraph in a form its reader accepts', async () => {
    const page = await openExplorer(browser(), '?types=protein,hallmark');
    await page.getByRole('button', { name: 'Export' }).first().click();
    const nodes = Number(await page.getByTestId('graph-canvas').getAttribute('data-nodes'));

    const json = await exportAs(page, 'json');
    expect(json.name).toBe('exonet-visible.json');
    const parsed = parseGraphText(json.content.toString('utf8'));
    expect(parsed.ok && parsed.value.nodes.length).toBe(nodes);

    const cyjs = await exportAs(page, 'cyjs');
    const reparsed = parseGraphText(cyjs.content.toString('utf8'));
    expect(reparsed.ok && reparsed.value.nodes.length).toBe(nodes);

    const graphml = (await exportAs(page, 'graphml')).content.toString('utf8');
    expect(graphml).toMatch(/^<\?xml/);
    expect(graphml.match(/<node /g)?.length).toBe(nodes);

    const csv = (await exportAs(page, 'csv')).content.toString('utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/^source,target,/);

    const sif = (await exportAs(page, 'sif')).content.toString('utf8');
    expect(sif.trim().split(/\r?\n/).every((l) => [1, 3].includes(l.split('\t').length))).toBe(true);
    await page.close();
  });

  it('should draw the PNG of a path at the chosen scale with a caption, and an SVG with text', async () => {
    const page = await openExplorer(browser(), '?from=hsp70&to=immune-evasion');
    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByRole('complementary').getByRole('radio', { name: 'Highlighted path' }).check();
    const one = pngSize((await exportAs(page, 'png', { scale: '1', caption: false })).content);
    const two = pngSize((await exportAs(page, 'png', { scale: '2', caption: false })).content);
    expect(two.width / one.width).toBeCloseTo(2, 1);
    expect(two.height / one.height).toBeCloseTo(2, 1);
    const captioned = pngSize((await exportAs(page, 'png', { scale: '2', caption: true })).content);
    expect(captioned.height).toBeGreaterThan(two.height);

    const svg = (await exportAs(page, 'svg', { caption: true })).content.toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('HSP70');
    expect(svg).toMatch(/<text[^>]*>[^<]*promotes/);
    await page.close();
  });

  it('should draw the highlighted path for a slide: nothing cut at any edge, captioned with the review’s own reference numbers', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '?from=tgfb&to=angiogenesis&k=5&hops=5&p=2', errors);
    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByRole('complementary').getByRole('radio', { name: 'Highlighted path' }).check();
    const png = (await exportAs(page, 'png', { scale: '1', caption: false })).content;
    expect(await borderIsBlank(page, png, 8)).toBe(true);
    const { width } = pngSize(png);
    expect(width).toBeLessThanOrEqual(1920);
    const svg = (await exportAs(page, 'svg', { caption: true })).content.toString('utf8');
    // One label size for every node of the slide (a hallmark as large as a protein).
    const labels = (await page.getByTestId('graph-canvas').getAttribute('data-path'))!.split('>').map((id) => graph.nodes.find((n) => n.id === id)!.label);
    const sizes = labels.map((label) => new RegExp(`font-size="([\\d.]+)px"[^>]*>${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</text>`).exec(svg)?.[1]);
    expect(sizes.every((size) => size !== undefined && size === sizes[0])).toBe(true);
    expect(svg).toMatch(/Hánělová et al\. 2024, refs \d+(, \d+)*/);
    expect(svg).not.toMatch(/\[1\] ref|[a-z]_[a-z]|-\w+-&gt;/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should draw the current view as on screen, 1920 px wide when asked', async () => {
    const page = await openExplorer(browser(), '?from=hsp70&to=immune-evasion');
    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByRole('complementary').getByRole('radio', { name: /Current view/ }).check();
    const canvasWidth = await page.getByTestId('graph-canvas').evaluate((el) => el.getBoundingClientRect().width);
    const one = pngSize((await exportAs(page, 'png', { size: '1x', caption: false })).content);
    expect(Math.abs(one.width - canvasWidth)).toBeLessThanOrEqual(1);
    expect(pngSize((await exportAs(page, 'png', { size: '1920', caption: true })).content).width).toBe(1920);
    await page.close();
  });

  it('should cap the whole-graph PNG at a slide by default', async () => {
    const page = await openExplorer(browser());
    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByRole('complementary').getByRole('radio', { name: 'Whole graph' }).check();
    const size = pngSize((await exportAs(page, 'png', { scale: '1', caption: false })).content);
    expect(size.width).toBeLessThanOrEqual(1920);
    expect(size.height).toBeLessThanOrEqual(1080);
    expect(Math.max(size.width / 1920, size.height / 1080)).toBeGreaterThan(0.95);
    await page.close();
  }, 180_000);

  it('should export an SVG of the full map that Chromium renders, with no console error', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByRole('complementary').getByRole('radio', { name: 'Whole graph' }).check();
    const svg = (await exportAs(page, 'svg', { caption: false })).content.toString('utf8');
    expect(errors).toEqual([]);
    // The structure nodes (round octagons on screen) are drawn, as octagons.
    expect(svg.length).toBeGreaterThan(100_000);
    const viewer = await browser().newPage();
    const viewerErrors: string[] = [];
    viewer.on('console', (m) => m.type() === 'error' && viewerErrors.push(m.text()));
    viewer.on('pageerror', (e) => viewerErrors.push(e.message));
    await viewer.setContent('<img id="picture" alt="exported map">');
    const drawn = await viewer.evaluate(async (text) => {
      const img = document.getElementById('picture') as HTMLImageElement;
      img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, svg);
    expect(drawn.width).toBeGreaterThan(500);
    expect(drawn.height).toBeGreaterThan(300);
    expect(viewerErrors).toEqual([]);
    await viewer.close();
    await page.close();
  }, 180_000);
});
