// The built-in lectures: a link opens a slide, the list presents a lecture and copies one
// into the user's story, and presenting a lecture leaves the user's own story as it was.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { openExplorer } from './explorerPage';

const fig2 = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'graph-data', 'stories', 'fig2.json'), 'utf8')) as { title: string; steps: Array<{ caption: string }> };

const attr = (page: Page, name: string) => page.locator('[data-testid="graph-canvas"]').getAttribute(name);
const caption = (page: Page) => page.getByRole('region', { name: 'Presentation caption' }).textContent();

describe('lectures', () => {
  const browser = useBrowser();

  it('should open a slide from a link, step on with →, and keep the slide in the address', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '?story=fig2&step=2', errors);
    await expect.poll(() => attr(page, 'data-presenting')).toBe('story');
    await expect.poll(() => attr(page, 'data-step')).toBe('1');
    await expect.poll(() => caption(page)).toContain(fig2.steps[1].caption.slice(0, 40));
    expect(await caption(page)).toContain(`2 of ${fig2.steps.length}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => attr(page, 'data-step')).toBe('2');
    await expect.poll(() => new URL(page.url()).search).toBe('?story=fig2&step=3');
    await page.keyboard.press('Escape');
    await expect.poll(() => attr(page, 'data-presenting')).toBe(null);
    expect(new URL(page.url()).search).not.toContain('story=');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should refuse a link to an unknown lecture or a bad step with a notice, and show the map', async () => {
    const page = await openExplorer(browser(), '?story=no-such-lecture&step=1');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('No built-in lecture is named');
    expect(await attr(page, 'data-presenting')).toBe(null);
    await page.close();
    const bad = await openExplorer(browser(), '?story=fig2&step=zero');
    await expect.poll(() => bad.getByRole('alert').first().textContent()).toContain('default view');
    expect(await attr(bad, 'data-presenting')).toBe(null);
    await bad.close();
  });

  it('should list the lectures, present one without touching the user story, and copy one to edit', async () => {
    const page = await openExplorer(browser());
    await page.getByRole('tab', { name: 'Story' }).click();
    const list = page.getByRole('region', { name: 'Lectures' });
    await expect.poll(() => list.locator('.lecture-list li').count()).toBeGreaterThanOrEqual(14);
    await list.getByRole('button', { name: `Present the lecture ${fig2.title}` }).click();
    await expect.poll(() => attr(page, 'data-presenting')).toBe('story');
    await expect.poll(() => caption(page)).toContain(fig2.steps[0].caption.slice(0, 40));
    await page.keyboard.press('Escape');
    await expect.poll(() => attr(page, 'data-presenting')).toBe(null);
    await page.getByRole('tab', { name: 'Story' }).click();
    const own = page.getByRole('region', { name: 'Your story' });
    expect(await own.locator('.story-steps li').count()).toBe(0);
    await list.getByRole('button', { name: `Copy the lecture ${fig2.title} into your story` }).click();
    await expect.poll(() => own.locator('.story-steps li').count()).toBe(fig2.steps.length);
    await page.close();
  });
});
