import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../src/cli/loadGraph';
import { useBrowser } from './browser';
import { canvasCounts, openExplorer } from './explorerPage';

describe('explorer page', () => {
  const browser = useBrowser();

  it('should load the embedded review graph and report ready with every node and edge', async () => {
    const loaded = loadGraphDataDir();
    if (!loaded.ok) throw new Error(`graph-data is invalid: ${loaded.problems[0].message}`);
    const errors: string[] = [];
    const page = await openExplorer(browser(), '', errors);
    expect(await canvasCounts(page)).toEqual({ nodes: loaded.graph.nodes.length, edges: loaded.graph.edges.length });
    expect(await page.getByRole('combobox', { name: 'Search' }).isVisible()).toBe(true);
    expect(await page.getByRole('complementary').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
