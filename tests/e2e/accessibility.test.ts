// Accessibility in a real Chromium: axe-core (WCAG 2.2 AA, target size included) on the
// main states, the keyboard flow (skip links, panels taking focus, modal dialogs, focus
// given back, Space on the focused control, single-key shortcuts turned off), narrow
// screens, the system's colour scheme and reduced motion, and links naming what the graph lacks.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../src/cli/loadGraph';
import { applyFilters } from '../../src/core/filter/applyFilters';
import { THEME_NODE_COLOURS } from '../../src/core/export/visualVocabulary';
import { findPaths } from '../../src/core/paths/findPaths';
import { expectNoAxeViolations } from './axe';
import { useBrowser } from './browser';
import { canvasCounts, explorerPage, gotoExplorer, openExplorer } from './explorerPage';

const loaded = loadGraphDataDir();
if (!loaded.ok) throw new Error('graph-data is invalid');
const graph = loaded.graph;
const PATH_LINK = '?from=hsp70&to=immune-evasion';
const paths = findPaths(graph, 'hsp70', 'immune-evasion', { k: 3, maxHops: 5 });

const whole = applyFilters(graph, {});

/** Runs a function on the page's Cytoscape instance. */
const onCy = <T,>(page: Page, fn: string): Promise<T> =>
  page.evaluate((body) => {
    return new Function('cy', body)(window.exonetCy()) as T;
  }, fn);

const attr = (page: Page, name: string) => page.getByTestId('graph-canvas').getAttribute(name);

/** What has focus: its tag, accessible text and id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(), id: el?.id ?? '' };
  });

describe('accessibility', () => {
  const browser = useBrowser();

  describe('axe-core, WCAG 2.2 AA', () => {
    it('should find no violation in the initial view, a selection, a path and presentation', async () => {
      const page = await openExplorer(browser());
      await expectNoAxeViolations(page, 'the initial view');
      await page.close();

      const selected = await openExplorer(browser(), '?sel=node:hsp70');
      await selected.getByRole('heading', { name: 'HSP70' }).waitFor();
      await expectNoAxeViolations(selected, 'a selection');
      await selected.close();

      const path = await openExplorer(browser(), PATH_LINK);
      await expect.poll(() => attr(path, 'data-path')).toBe(paths[0].nodes.join('>'));
      await expectNoAxeViolations(path, 'a path');
      await path.keyboard.press('f');
      await expect.poll(() => attr(path, 'data-presenting')).toBe('path');
      await path.keyboard.press('ArrowRight');
      await expect.poll(() => attr(path, 'data-step')).toBe('0');
      await expectNoAxeViolations(path, 'presentation');
      await path.close();
    });

    it('should find no violation at 640 × 800 (a 1280 px screen at 200% zoom), where the canvas keeps 380 px and the legend stays off the side panel', async () => {
      const page = await openExplorer(browser(), '?sel=node:hsp70', [], { width: 640, height: 800 });
      const canvas = await page.getByTestId('graph-canvas').boundingBox();
      expect(canvas?.width).toBeGreaterThanOrEqual(380);
      expect(canvas?.height).toBeGreaterThanOrEqual(300);
      const legend = await page.locator('.legend').boundingBox();
      const side = await page.locator('#side-panel').boundingBox();
      if (!legend || !side) throw new Error('no legend or side panel');
      const overlap = legend.x < side.x + side.width && side.x < legend.x + legend.width && legend.y < side.y + side.height && side.y < legend.y + legend.height;
      expect(overlap).toBe(false);
      // Nothing wider than the screen: no sideways scrolling (WCAG 1.4.10).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      await expectNoAxeViolations(page, 'the 640 px layout');
      // The filters unfold above the canvas from the header.
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('navigation', { name: 'Filters' }).getByRole('checkbox').first().waitFor();
      expect((await page.getByTestId('graph-canvas').boundingBox())?.width).toBeGreaterThanOrEqual(380);
      await expectNoAxeViolations(page, 'the 640 px layout with the filters open');
      await page.close();
    });
  });

  describe('keyboard flow', () => {
    it('should keep focus on the document on load, so that F presents at once, and give it back after presenting', async () => {
      const page = await openExplorer(browser(), PATH_LINK);
      expect((await focused(page)).tag).toBe('body');
      await page.keyboard.press('f');
      await expect.poll(() => attr(page, 'data-presenting')).toBe('path');
      // While presenting the page has a level-one heading, and it has focus.
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1' });
      await page.keyboard.press('Escape');
      await expect.poll(() => attr(page, 'data-presenting')).toBe(null);
      await page.close();
    });

    it('should step with the arrows while a presentation button has focus, and leave with Space on "Leave (Esc)", focus back on "Present"', async () => {
      const page = await openExplorer(browser(), PATH_LINK);
      await expect.poll(() => attr(page, 'data-path')).toBe(paths[0].nodes.join('>'));
      const present = page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Present' });
      await present.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => attr(page, 'data-presenting')).toBe('path');
      // The presentation bar's code may still be on its way: its heading takes focus when it arrives.
      await expect.poll(() => page.locator('h1:not(.brand)').count()).toBe(1);
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1' });
      const leave = page.getByRole('button', { name: 'Leave (Esc)' });
      for (let i = 0; i < 6 && (await focused(page)).text !== 'Leave (Esc)'; i++) await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe('Leave (Esc)');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => attr(page, 'data-step')).toBe('0');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => attr(page, 'data-step')).toBe('1');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => attr(page, 'data-step')).toBe('0');
      expect(await leave.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => attr(page, 'data-presenting')).toBe(null);
      await expect.poll(() => present.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.close();
    });

    it('should move focus to the heading of a panel the user opens, so that one Tab reaches "From"', async () => {
      const page = await openExplorer(browser());
      await page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Find paths' }).click();
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Find paths' });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'input', text: '' });
      expect(await page.getByRole('combobox', { name: 'From' }).evaluate((el) => el === document.activeElement)).toBe(true);
      // "From" and "To" have labels one can see.
      expect(await page.locator('label.field-label', { hasText: /^From$/ }).isVisible()).toBe(true);
      expect(await page.locator('label.field-label', { hasText: /^To$/ }).isVisible()).toBe(true);
      // Export takes focus to its heading too.
      await page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Export' }).click();
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Export' });
      await page.close();
    });

    it('should move focus into the insight view opened from the toolbar, and back to its button when it closes', async () => {
      const page = await openExplorer(browser());
      const matrix = page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Matrix' });
      await matrix.click();
      await page.getByTestId('insight-view').waitFor();
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: 'Matrix' });
      expect(await page.getByRole('tablist', { name: 'Insight views' }).evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await page.getByRole('button', { name: 'Back to the map' }).press('Enter');
      await page.getByTestId('insight-view').waitFor({ state: 'detached' });
      await expect.poll(() => matrix.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.close();
    });

    it('should offer skip links first: to the network, the side panel and the filters', async () => {
      const page = await openExplorer(browser());
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to the network' });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to the side panel' });
      await page.keyboard.press('Enter');
      expect((await focused(page)).id).toBe('side-panel');
      // From the side panel, Tab reaches its tab list, not the 78 filter checkboxes.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Details' });
      await page.reload();
      await page.locator('[data-state="ready"]').waitFor();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to the filters' });
      await page.keyboard.press('Enter');
      expect((await focused(page)).id).toBe('filters');
      await page.keyboard.press('Tab');
      expect((await focused(page)).tag).toBe('button');
      await page.close();
    });

    it('should take focus to the heading of a panel opened from the toolbar whose code arrives later', async () => {
      const page = await explorerPage(browser());
      let release = () => {};
      const arrived = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/ExportPanel-[^/]+\.js$/, async (route) => {
        await arrived;
        await route.continue();
      });
      await gotoExplorer(page);
      await page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Export' }).click();
      await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain('Loading…');
      release();
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Export' });
      await page.keyboard.press('Tab');
      expect(await page.getByRole('tabpanel').evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await page.close();
    });

    it('should keep focus inside the shortcut dialog and give it back when it closes', async () => {
      const page = await openExplorer(browser());
      const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor();
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('Tab');
        expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      }
      await page.keyboard.press('Shift+Tab');
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.close();
    });

    it('should let the single-key shortcuts be turned off, remembered: then F does nothing', async () => {
      const page = await openExplorer(browser(), PATH_LINK);
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await page.keyboard.press('f');
      await page.keyboard.press('?');
      await page.waitForTimeout(300);
      expect(await attr(page, 'data-presenting')).toBe(null);
      expect(await dialog.count()).toBe(0);
      await page.reload();
      await page.locator('[data-state="ready"]').waitFor();
      await page.keyboard.press('f');
      await page.waitForTimeout(300);
      expect(await attr(page, 'data-presenting')).toBe(null);
      // Keys that are not single characters still work, and the setting can be turned back on.
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).check();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.keyboard.press('f');
      await expect.poll(() => attr(page, 'data-presenting')).toBe('path');
      await page.close();
    });
  });

  describe('system settings', () => {
    it('should follow the system colour scheme until the user picks a theme, drawing the dark palette on the canvas', async () => {
      const page = await openExplorer(browser(), '?sel=node:hsp70');
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
      expect(await theme()).toBe('light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(theme).toBe('dark');
      const hex = (c: string) => `rgb(${[1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).join(',')})`;
      await expect.poll(() => onCy<string>(page, "return cy.getElementById('hsp70').style('background-color')")).toBe(hex(THEME_NODE_COLOURS.dark.protein));
      await expectNoAxeViolations(page, 'the dark theme');
      // A theme the user picks is kept over the system's, across visits.
      await page.getByRole('button', { name: 'Light theme' }).click();
      await expect.poll(theme).toBe('light');
      await page.reload();
      await page.locator('[data-state="ready"]').waitFor();
      await page.waitForTimeout(200);
      expect(await theme()).toBe('light');
      expect(await onCy<string>(page, "return cy.getElementById('hsp70').style('background-color')")).toBe(hex(THEME_NODE_COLOURS.light.protein));
      await page.close();
    });

    it('should fit without animation under prefers-reduced-motion, and animate otherwise', async () => {
      const page = await openExplorer(browser());
      // Counts the viewport animations Cytoscape is asked for while the view is fitted.
      const fit = async () => {
        await onCy(page, 'cy.zoom(3); window.__animations = 0; const animate = cy.animate.bind(cy); cy.animate = (...a) => { window.__animations++; return animate(...a); }; return null');
        await page.keyboard.press('0');
        await expect.poll(() => onCy<number>(page, 'return cy.zoom()')).toBeLessThan(3);
        await page.waitForTimeout(600);
        return onCy<number>(page, 'return window.__animations');
      };
      expect(await fit()).toBeGreaterThan(0);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.reload();
      await page.locator('[data-state="ready"]').waitFor();
      expect(await fit()).toBe(0);
      await page.close();
    });
  });

  describe('links naming what the graph lacks', () => {
    it('should drop an unknown cancer type from the view and the address, with a notice', async () => {
      const page = await openExplorer(browser(), '?cancers=martian-cancer&sel=node:hsp70');
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('martian-cancer');
      await expect.poll(() => canvasCounts(page)).toEqual({ nodes: whole.nodes.size, edges: whole.edges.size });
      expect(page.url()).not.toContain('cancers');
      expect(page.url()).toContain('sel=node%3Ahsp70');
      await page.close();
    });

    it('should fall back to the first path for an index beyond the paths found, and drop it from the address', async () => {
      expect(paths.length).toBeLessThan(10);
      const page = await openExplorer(browser(), `${PATH_LINK}&k=3&p=9`);
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('p=9');
      await expect.poll(() => attr(page, 'data-path')).toBe(paths[0].nodes.join('>'));
      expect(page.url()).not.toContain('p=9');
      await page.close();
    });

    it('should shorten a 100 KB id echoed in a notice', async () => {
      const page = await openExplorer(browser());
      await page.evaluate(() => {
        history.pushState(null, '', `?sel=node:${'a'.repeat(100_000)}`);
        dispatchEvent(new PopStateEvent('popstate'));
      });
      const alert = page.getByRole('alert').first();
      await expect.poll(() => alert.textContent()).toContain('aaaa…');
      expect((await alert.textContent())!.length).toBeLessThan(400);
      expect(page.url().length).toBeLessThan(1000);
      await page.close();
    });
  });
});
