import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { STYLESHEETS, type CanvasTheme } from '../../../src/cy/stylesheet';

const THEMES: CanvasTheme[] = ['light', 'dark', 'projector', 'projector-dark'];

describe('cy/stylesheet', () => {
  it.each(THEMES)('should draw the labels of a picture\'s path edges in the label colours of the %s theme, with an outline of the background', (theme) => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLESHEETS[theme],
      elements: [
        { data: { id: 'a', label: 'A' }, classes: 'export-label' },
        { data: { id: 'b', label: 'B' }, classes: 'export-label' },
        { data: { id: 'e', source: 'a', target: 'b', label: 'induces' }, classes: 'export-label on-path activation' },
      ],
    });
    const edge = cy.getElementById('e');
    const node = cy.getElementById('a');
    expect(edge.style('label')).toBe('induces');
    // The outline takes the background's colour, as the node labels' does; the text differs from it.
    expect(edge.style('text-outline-color')).toBe(node.style('text-outline-color'));
    expect(edge.style('color')).not.toBe(edge.style('text-outline-color'));
    cy.destroy();
  });
});
