// Path finding in the explorer, stepping through a path in presentation mode, and a
// story recorded, saved, loaded (and refused when broken) and stepped through by keyboard.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../src/cli/loadGraph';
import { findPaths } from '../../src/core/paths/findPaths';
import { useBrowser } from './browser';
import { canvasCounts, openExplorer } from './explorerPage';

const loaded = loadGraphDataDir();
if (!loaded.ok) throw new Error('graph-data is invalid');
const graph = loaded.graph;
const expectedPaths = findPaths(graph, 'hsp70', 'immune-evasion', { k: 5, maxHops: 5 });

const attr = (page: Page, name: string) => page.getByTestId('graph-canvas').getAttribute(name);

describe('paths and presentation', () => {
  const browser = useBrowser();

  it('should find ranked paths from HSP70 to immune evasion and highlight the chosen one', async () => {
    expect(expectedPaths.length).toBeGreaterThan(0);
    const page = await openExplorer(browser());
    await page.getByRole('button', { name: 'Find paths' }).first().click();
    const panel = page.getByRole('complementary');
    for (const [label, text] of [['From', 'HSP70'], ['To', 'immune evasion']]) {
      const box = panel.getByRole('combobox', { name: label });
      await box.fill(text);
      await panel.getByRole('option').first().waitFor();
      await box.press('Enter');
    }
    await panel.getByRole('button', { name: 'Find paths' }).click();
    const choices = panel.locator('.path-choice');
    await expect.poll(() => choices.count()).toBe(expectedPaths.length);
    expect(await attr(page, 'data-path')).toBe(expectedPaths[0].nodes.join('>'));
    if (expectedPaths.length > 1) {
      await choices.nth(1).click();
      await expect.poll(() => attr(page, 'data-path')).toBe(expectedPaths[1].nodes.join('>'));
    }
    expect(page.url()).toContain('from=hsp70');
    expect(page.url()).toContain('to=immune-evasion');
    await page.close();
  });

  it('should step through a path with the arrow keys in presentation mode and leave with Escape', async () => {
    const page = await openExplorer(browser(), '?from=hsp70&to=immune-evasion&k=5&hops=5');
    await expect.poll(() => attr(page, 'data-path')).toBe(expectedPaths[0].nodes.join('>'));
    await page.locator('body').press('f');
    await expect.poll(() => attr(page, 'data-presenting')).toBe('path');
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    const caption = page.getByRole('region', { name: 'Presentation caption' });
    const steps = expectedPaths[0].steps.length;
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => attr(page, 'data-step')).toBe(String(i));
      expect(await caption.textContent()).toContain(`Step ${i + 1} of ${steps}`);
      const refs = graph.edges.find((e) => e.id === expectedPaths[0].steps[i].edges[0])!.evidence[0].refs;
      if (refs.length) expect(await caption.textContent()).toContain(`[${refs.join(', ')}]`);
    }
    // After the last step, the closing step; → there changes nothing.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => attr(page, 'data-step')).toBe(String(steps));
    expect(await caption.textContent()).toContain('The whole path');
    await page.keyboard.press('ArrowRight');
    expect(await attr(page, 'data-step')).toBe(String(steps));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => attr(page, 'data-step')).toBe(String(steps - 1));
    await page.keyboard.press('Escape');
    await expect.poll(() => attr(page, 'data-presenting')).toBe(null);
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    await page.close();
  });

  it('should record a story, save it, refuse a broken story file, load it back and step through it', async () => {
    const page = await openExplorer(browser());
    const all = await canvasCounts(page);
    await page.getByRole('button', { name: 'Story' }).first().click();
    const panel = page.getByRole('complementary');
    await panel.getByLabel('Caption of the next step').fill('The whole network');
    await panel.getByRole('button', { name: 'Record current view' }).click();
    await page.getByRole('group', { name: 'Hallmarks' }).getByRole('checkbox', { name: 'angiogenesis' }).check();
    await expect.poll(() => canvasCounts(page)).not.toEqual(all);
    const angio = await canvasCounts(page);
    expect(angio.nodes).toBeGreaterThan(0);
    expect(angio.nodes).toBeLessThan(all.nodes);
    await panel.getByLabel('Caption of the next step').fill('Towards angiogenesis');
    await panel.getByRole('button', { name: 'Record current view' }).click();

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Save story' }).click();
    const saved = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const storyText = readFileSync(saved!, 'utf8');
    expect(JSON.parse(storyText).steps).toHaveLength(2);

    await panel.getByLabel('Story file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"exonet-story","version":1,"steps":[{"caption":3,"view":"k=zz"}]}') });
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('not a valid story');
    expect(await panel.locator('.story-steps li').count()).toBe(2);

    await panel.getByRole('button', { name: 'Delete step 2' }).click();
    await panel.getByRole('button', { name: 'Delete step 1' }).click();
    await panel.getByLabel('Story file').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(storyText) });
    await expect.poll(() => panel.locator('.story-steps li').count()).toBe(2);

    await panel.getByRole('button', { name: 'Present story' }).click();
    await expect.poll(() => attr(page, 'data-presenting')).toBe('story');
    await expect.poll(() => canvasCounts(page)).toEqual(all);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => canvasCounts(page)).toEqual(angio);
    expect(await page.getByRole('region', { name: 'Presentation caption' }).textContent()).toContain('Towards angiogenesis');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => canvasCounts(page)).toEqual(all);
    await page.keyboard.press('Escape');
    await expect.poll(() => attr(page, 'data-presenting')).toBe(null);
    await page.close();
  });
});
