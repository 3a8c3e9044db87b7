// A lecture downloaded as a PowerPoint deck: one slide per step with its picture, caption,
// citation and speaker notes, a closing references slide, and the user's view untouched.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { openExplorer } from './explorerPage';
import { drawn } from './lectureCanvas';

interface StoryFile {
  id: string;
  title: string;
  steps: Array<{ caption: string; notes?: string }>;
}
const lecture = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'graph-data', 'stories', 'biogenesis.json'), 'utf8')) as StoryFile;

const attr = (page: Page, name: string) => page.locator('[data-testid="graph-canvas"]').getAttribute(name);
/** The text runs of a slide part, unescaped. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')).join('');

function pngSize(buffer: Uint8Array): { width: number; height: number } {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('slide deck export', () => {
  const browser = useBrowser();

  it('should download a lecture as a .pptx with a slide per step and the references, then show the view as it was', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '?sel=node:hsp70', errors, { width: 1280, height: 720 });
    await expect.poll(async () => (await drawn(page)).selected).toEqual(['hsp70']);
    const before = await drawn(page);
    const address = new URL(page.url()).search;
    expect(new URLSearchParams(address).get('sel')).toBe('node:hsp70');
    await page.getByRole('tab', { name: 'Story' }).click();
    const list = page.getByRole('region', { name: 'Lectures' });
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await list.getByRole('button', { name: `Download the lecture ${lecture.title} as slides (PowerPoint)` }).click();
    // While the slides are drawn, the page says which one.
    await expect.poll(() => page.locator('.deck-progress').textContent()).toMatch(new RegExp(`slide \\d of ${lecture.steps.length}`));
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${lecture.id}.pptx`);
    const zip = await JSZip.loadAsync(readFileSync((await file.path())!));

    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(lecture.steps.length + 1);
    const second = textOf(await zip.file('ppt/slides/slide2.xml')!.async('string'));
    expect(second).toContain(lecture.steps[1].caption);
    expect(second).toMatch(/et al\. 2024, refs? \d+/);
    const last = textOf(await zip.file(`ppt/slides/slide${slides.length}.xml`)!.async('string'));
    expect(last).toContain('References');

    // The second slide's speaker notes are the step's notes.
    const rels = await zip.file('ppt/slides/_rels/slide2.xml.rels')!.async('string');
    const notesPart = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    expect(notesPart).toBeDefined();
    expect(textOf(await zip.file(`ppt/notesSlides/${notesPart}`)!.async('string'))).toContain(lecture.steps[1].notes);

    // Each step slide carries a picture of the canvas, 1600 px wide and not blank.
    const media = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(lecture.steps.length);
    const picture = await zip.file(media[0])!.async('uint8array');
    expect(pngSize(picture).width).toBe(1600);
    expect(picture.byteLength).toBeGreaterThan(20_000);

    // The user's view comes back: not presenting, the same address, the same nodes drawn.
    await expect.poll(() => attr(page, 'data-presenting')).toBe(null);
    await expect.poll(() => new URL(page.url()).search).toBe(address);
    await expect.poll(async () => (await drawn(page)).nodes.length, { timeout: 15_000 }).toBe(before.nodes.length);
    expect((await drawn(page)).selected).toEqual(['hsp70']);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).first().textContent()).toContain(`${lecture.steps.length + 1} slides`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
