// Presenting a lecture from a link, and the presenter view: a second window with the notes,
// the next caption and a timer, kept in step with the presentation in both directions.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { openExplorer } from './explorerPage';
import { drawn } from './lectureCanvas';

interface StoryFile {
  title: string;
  steps: Array<{ caption: string; notes?: string; frame?: { nodes?: string[] } }>;
}
const storyFile = (id: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'graph-data', 'stories', `${id}.json`), 'utf8')) as StoryFile;
const fig2 = storyFile('fig2');
const immune = storyFile('immune');

const SLIDE = { width: 1280, height: 720 };
const attr = (page: Page, name: string) => page.locator('[data-testid="graph-canvas"]').getAttribute(name);
const caption = (page: Page) => page.getByRole('region', { name: 'Presentation caption' }).textContent();
const framed = async (page: Page, ids: string[]) => {
  const d = await drawn(page);
  return ids.filter((id) => !d.inView.includes(id));
};

describe('presenting lectures', () => {
  const browser = useBrowser();

  it('should open ?story=fig2&step=2 on that slide: its caption, and its hallmark with the proteins around it in view', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '?story=fig2&step=2', errors, SLIDE);
    await expect.poll(() => caption(page)).toContain(fig2.steps[1].caption.slice(0, 50));
    expect(await caption(page)).toContain(`2 of ${fig2.steps.length}`);
    // Every node the step frames is drawn inside the canvas, and only a part of the map is drawn.
    const wanted = fig2.steps[1].frame?.nodes ?? [];
    expect(wanted).toContain('emt');
    await expect.poll(() => framed(page, wanted), { timeout: 15_000 }).toEqual([]);
    const d = await drawn(page);
    expect(d.nodes.length).toBeLessThan(150);
    // Framed for the presentation's canvas: the drawing fills it in one direction at least.
    await expect.poll(async () => (await drawn(page)).fill, { timeout: 15_000 }).toBeGreaterThan(0.8);
    // The third step draws another hallmark's neighbourhood.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption(page)).toContain(fig2.steps[2].caption.slice(0, 50));
    await expect.poll(() => framed(page, fig2.steps[2].frame?.nodes ?? []), { timeout: 15_000 }).toEqual([]);
    expect((await drawn(page)).nodes).not.toEqual(d.nodes);
    // A step framing nodes two steps from its selected node brings them into view too.
    await page.goto(`${inject('baseUrl')}?story=immune&step=5`);
    await expect.poll(() => caption(page)).toContain(immune.steps[4].caption.slice(0, 50));
    expect(immune.steps[4].frame?.nodes).toContain('immune-evasion');
    await expect.poll(() => framed(page, immune.steps[4].frame?.nodes ?? []), { timeout: 15_000 }).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep the presenter view and the presentation in step, with keys in either window', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '?story=fig2&step=2', errors, SLIDE);
    await expect.poll(() => caption(page)).toContain(fig2.steps[1].caption.slice(0, 50));
    const opened = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = await opened;
    presenter.on('pageerror', (e) => errors.push(`presenter: ${e.message}`));
    await presenter.waitForLoadState();
    expect(new URL(presenter.url()).searchParams.get('presenter')).toBe('1');
    const position = () => presenter.getByTestId('presenter-position').textContent();
    await expect.poll(position).toBe(`Step 2 of ${fig2.steps.length}`);
    expect(await presenter.getByTestId('presenter-caption').textContent()).toBe(fig2.steps[1].caption);
    expect(await presenter.getByRole('region', { name: 'Speaker notes' }).textContent()).toContain(fig2.steps[1].notes!.slice(0, 60));
    expect(await presenter.getByTestId('presenter-next').textContent()).toBe(fig2.steps[2].caption);
    expect(await presenter.getByRole('timer').textContent()).toMatch(/^\d+:\d\d$/);
    // The presenter page mounts no canvas.
    expect(await presenter.locator('[data-testid="graph-canvas"], canvas').count()).toBe(0);

    // → in the presenting window: the presenter view follows.
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect.poll(position).toBe(`Step 3 of ${fig2.steps.length}`);
    expect(await presenter.getByTestId('presenter-caption').textContent()).toBe(fig2.steps[2].caption);

    // → and ← in the presenter view: the presentation moves, and draws that step.
    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => caption(page)).toContain(fig2.steps[3].caption.slice(0, 50));
    await expect.poll(() => framed(page, fig2.steps[3].frame?.nodes ?? []), { timeout: 15_000 }).toEqual([]);
    await expect.poll(position).toBe(`Step 4 of ${fig2.steps.length}`);
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => caption(page)).toContain(fig2.steps[2].caption.slice(0, 50));

    // Esc in the presenter view leaves the presentation; the view says so.
    await presenter.keyboard.press('Escape');
    await expect.poll(() => attr(page, 'data-presenting')).toBe(null);
    await expect.poll(() => presenter.getByRole('status').textContent()).toContain('not presenting');

    // The presenting window goes away (closing the page would end this test's browser
    // context, so it navigates away): the presenter view says it no longer follows.
    await page.goto('about:blank');
    await expect.poll(() => presenter.getByRole('status').textContent()).toContain('was closed or reloaded');
    expect(errors).toEqual([]);
    await presenter.close();
    await page.close();
  });

  it('should tell a presenter view opened on its own that it is not linked', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}?presenter=1`);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('not linked to a presentation');
    expect(await page.locator('canvas').count()).toBe(0);
    await page.close();
  });
});
