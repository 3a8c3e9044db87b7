// The label pass sets label sizes as data; setting data restyles an element and redraws the
// canvas even when the value is the same, so a pass repeated for the same viewport must
// leave the elements alone.

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyLabels, LABELS_MAP } from '../../../src/cy/labels';
import { toCytoscapeElements } from '../../../src/cy/toCytoscapeElements';
import { positionedTinyGraph } from './canvasFixture';

describe('cy/labels applyLabels', () => {
  it('should set label data once, and not again on a repeated pass at the same zoom', () => {
    const cy = cytoscape({ headless: true, elements: toCytoscapeElements(positionedTinyGraph()) });
    const options = { sizes: LABELS_MAP, order: null, featured: null, avoidBodies: false };
    let writes = 0;
    cy.on('data', () => writes++);
    applyLabels(cy, options);
    expect(cy.nodes('.label-on').length).toBe(cy.nodes().length);
    expect(writes).toBeGreaterThan(0);
    writes = 0;
    applyLabels(cy, options);
    expect(writes).toBe(0);
    // At another zoom the sizes in model units change, and are written.
    cy.zoom(2);
    applyLabels(cy, options);
    expect(writes).toBeGreaterThan(0);
    expect(cy.nodes().first().data('labelSize')).toBeCloseTo(LABELS_MAP.node / 2);
    cy.destroy();
  });
});
