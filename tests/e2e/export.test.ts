// Exports from the explorer: every format downloads a file that its reader accepts, PNG
// dimensions follow the scale, the SVG carries its caption as text.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../../src/core/model/parseGraphText';
import { useBrowser } from './browser';
import { openExplorer } from './explorerPage';

function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

async function exportAs(page: Page, format: string, options: { scale?: string; caption?: boolean } = {}): Promise<{ name: string; content: Buffer }> {
  const panel = page.getByRole('complementary');
  await panel.getByRole('combobox', { name: 'Format' }).selectOption(format);
  if (options.scale) await panel.getByRole('combobox', { name: 'Scale' }).selectOption(options.scale);
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
});
