// Another review in the explorer: the example graph of a made-up review (sections
// introduction, results, discussion; references up to 312; no edge ids or signs in the file)
// opens by import and by its button, its filters show its own sections, the notice says what
// was derived, and an attached reference list puts author and year beside the numbers.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { openExplorer } from './explorerPage';

const POLL = { timeout: 15_000 };
const EXAMPLE = readFileSync(join(import.meta.dirname, '..', '..', 'graph-data', 'examples', 'lumin-glioma.json'), 'utf8');

/** The ids of the nodes Cytoscape draws. */
function drawnNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => window.exonetCy().nodes(':visible').map((n) => n.id()).sort());
}

const sectionLabels = (page: Page) => page.locator('fieldset', { has: page.locator('legend', { hasText: 'Review sections' }) }).locator('label').allTextContents();

async function selectNode(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(text);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

describe('another review', () => {
  const browser = useBrowser();
  const exampleIds = (JSON.parse(EXAMPLE) as { nodes: Array<{ id: string }> }).nodes.map((n) => n.id).sort();

  it('should import a graph without edge ids and signs, say what was derived, and filter by its own sections', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    await page.getByLabel('Graph file to import').setInputFiles({ name: 'lumin-glioma.json', mimeType: 'application/json', buffer: Buffer.from(EXAMPLE) });
    await expect.poll(() => drawnNodes(page), POLL).toEqual(exampleIds);
    const notice = page.getByRole('status').filter({ hasText: 'Opened lumin-glioma.json' });
    expect(await notice.locator('li').allTextContents()).toEqual(['14 edge ids derived from source, relation and target', '14 edge signs derived from the relation']);
    expect((await sectionLabels(page)).map((l) => l.trim())).toEqual(['Introduction', 'Results', 'Discussion']);

    await page.locator('fieldset', { has: page.locator('legend', { hasText: 'Review sections' }) }).getByLabel('Discussion').check();
    await expect.poll(() => drawnNodes(page), POLL).toEqual(['glioma', 'halcyon-receptor', 'lumin', 'tumour-growth']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should open the example from its button and show author-year beside a reference number above 280', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    await page.getByRole('button', { name: 'Example review' }).click();
    await expect.poll(() => drawnNodes(page), POLL).toEqual(exampleIds);
    await selectNode(page, 'lumin');
    const aside = page.getByRole('complementary');
    await expect.poll(() => aside.textContent(), POLL).toContain('310 Veldt and Amari 2024');
    expect(await aside.getByRole('link', { name: 'reference 310, Veldt and Amari 2024' }).count()).toBe(0); // no DOI: no link
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should attach a pasted reference list, keep it in the browser, and refuse a malformed one naming the line', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    await page.getByRole('button', { name: 'Example review' }).click();
    await expect.poll(() => drawnNodes(page), POLL).toEqual(exampleIds);
    await page.getByRole('button', { name: 'References (3)' }).click(); // the example comes with three entries
    const dialog = page.getByRole('dialog', { name: 'Attach reference list' });
    await dialog.getByLabel('Reference list', { exact: true }).fill('Heading that is not an entry\n101. Doe J. T. 2020.');
    await dialog.getByRole('button', { name: 'Attach' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), POLL).toContain('line 1: expected an entry that starts with its number');

    await dialog.getByLabel('Reference list', { exact: true }).fill('101. Orr J, Pike K, Wren L. Lumin uptake. J Invented Biol. 2022;5:1–8. doi:10.1234/jib.2022.1\n\nArticle  PubMed  Google Scholar\n');
    await dialog.getByRole('button', { name: 'Attach' }).click();
    await selectNode(page, 'vesicle uptake');
    const aside = page.getByRole('complementary');
    await expect.poll(() => aside.textContent(), POLL).toContain('101 Orr et al. 2022');
    expect(await aside.getByRole('link', { name: 'reference 101, Orr et al. 2022' }).getAttribute('href')).toBe('https://doi.org/10.1234/jib.2022.1');

    await page.reload();
    await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Example review' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'kept in this browser' }).count(), POLL).toBe(1);
    expect(await page.getByRole('button', { name: 'References (1)' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});
