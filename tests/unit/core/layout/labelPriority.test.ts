import { describe, expect, it } from 'vitest';
import { hallmarkBetweenness, labelPriority } from '../../../../src/core/layout/labelPriority';
import { tinyGraph } from '../../fixtures/tinyGraph';

describe('core/layout/labelPriority', () => {
  it('should give nothing for an empty graph', () => {
    expect(labelPriority({ ...tinyGraph(), nodes: [], edges: [] })).toEqual([]);
  });

  it('should count the shortest routes toward a hallmark that pass through each node', () => {
    // hsp90 → hsp70 → tgfb → fibroblast → caf-activation (binds, inhibits, activates, promotes)
    const b = hallmarkBetweenness(tinyGraph());
    expect(b.get('fibroblast')).toBe(3); // from tgfb, hsp70 and hsp90
    expect(b.get('tgfb')).toBe(2);
    expect(b.get('hsp70')).toBe(1);
    expect(b.get('hsp90')).toBe(0);
    expect(b.get('caf-activation')).toBe(0);
  });

  it('should put hallmarks first, then the mediators, then by degree', () => {
    expect(labelPriority(tinyGraph())).toEqual(['caf-activation', 'fibroblast', 'tgfb', 'hsp70', 'hsp90', 'hypoxia']);
  });
});
