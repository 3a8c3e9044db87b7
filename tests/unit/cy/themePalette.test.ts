// What the canvas draws in each theme: every node fill and every signed edge at least 3:1
// against that theme's background, read back from the Cytoscape styles, and activation and
// inhibition apart for deuteranopes and protanopes.

import { afterEach, describe, expect, it } from 'vitest';
import { contrastRatio, perceivedDistance } from '../../../src/core/export/colourContrast';
import type { CanvasTheme } from '../../../src/core/view/canvasState';
import { THEME_COLORS } from '../../../src/cy/stylesheet';
import { createHarness, positionedTinyGraph, stateOf, type Harness } from './canvasFixture';

const THEMES: CanvasTheme[] = ['light', 'dark', 'projector', 'projector-dark'];

/** "rgb(12,34,56)" as "#0c2238". */
function hexOf(rgb: string): string {
  const parts = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(rgb);
  if (!parts) throw new Error(`not an rgb colour: ${rgb}`);
  return `#${parts.slice(1).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
}

describe('cy/stylesheet: a palette per theme', () => {
  let h: Harness | undefined;
  afterEach(() => {
    h?.close();
    h = undefined;
  });

  it.each(THEMES)('should draw every node and signed edge at 3:1 or more on the %s background', async (theme) => {
    h = createHarness();
    const graph = positionedTinyGraph();
    h.view.update(stateOf(graph, { theme }));
    await h.settle();
    const background = THEME_COLORS[theme].background;
    const fills = h.cy.nodes().map((n) => hexOf(n.style('background-color')));
    expect(fills.length).toBeGreaterThan(3);
    for (const fill of fills) expect(contrastRatio(fill, background), `${theme} ${fill}`).toBeGreaterThanOrEqual(3);
    const lineOf = (cls: string) => h!.cy.edges(`.${cls}`).map((e) => hexOf(e.style('line-color')));
    const activation = lineOf('activation');
    const inhibition = lineOf('inhibition');
    expect(activation.length).toBeGreaterThan(0);
    expect(inhibition.length).toBeGreaterThan(0);
    for (const c of [...activation, ...inhibition]) expect(contrastRatio(c, background), `${theme} ${c}`).toBeGreaterThanOrEqual(3);
    for (const vision of ['normal', 'deuteranopia', 'protanopia'] as const) {
      expect(perceivedDistance(activation[0], inhibition[0], vision), `${theme} ${vision}`).toBeGreaterThan(40);
    }
  });

  it('should switch the fills when the theme changes (the dark palette is lighter)', async () => {
    h = createHarness();
    const state = stateOf(positionedTinyGraph());
    h.view.update(state);
    await h.settle();
    const fill = () => hexOf(h!.cy.getElementById('hsp90').style('background-color'));
    const light = fill();
    h.view.update({ ...state, theme: 'dark' });
    const dark = fill();
    expect(dark).not.toBe(light);
    expect(contrastRatio(dark, THEME_COLORS.dark.background)).toBeGreaterThan(contrastRatio(light, THEME_COLORS.dark.background));
  });
});
