import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainLayout } from '../../../../src/core/layout/chainLayout';
import { labelExtent } from '../../../../src/core/layout/labelExtent';
import { overlappingPairs, spreadForLabels, type NodeExtent } from '../../../../src/core/layout/spreadForLabels';

const room = (label: string, px = 14, maxWidth = 150, body = 30): NodeExtent => {
  const text = labelExtent(label, px, maxWidth);
  return { halfWidth: Math.max(body, text.width) / 2, above: body / 2, below: body / 2 + 3 + text.height };
};

describe('core/layout/labelExtent', () => {
  it('should wrap at spaces only, as the canvas does', () => {
    const one = labelExtent('myeloid-derived', 20, 100);
    expect(one.lines).toBe(1);
    expect(one.width).toBeCloseTo(15 * 20 * 0.6);
    const two = labelExtent('myeloid-derived suppressor cell', 20, 200);
    expect(two.lines).toBe(2);
    expect(two.height).toBeCloseTo(2 * 20 * 1.25);
    expect(two.width).toBeLessThanOrEqual(200);
  });

  it('should take no room for an empty label', () => {
    expect(labelExtent('  ', 14, 100)).toEqual({ width: 0, height: 0, lines: 0 });
  });
});

describe('core/layout/spreadForLabels', () => {
  it('should place nothing for no nodes', () => {
    expect(spreadForLabels({}, new Map(), { width: 800, height: 600 })).toEqual({});
  });

  it('should put a lone node in the middle of the area', () => {
    const p = spreadForLabels({ a: { x: 500, y: -40 } }, new Map([['a', room('a')]]), { width: 800, height: 600 });
    expect(p.a.x).toBeCloseTo(400, 0);
  });

  it('should stretch a chain across the area and keep its columns in order, with no label overprinting another', () => {
    const paths = [['hsp70', 'tlr2', 'mdsc', 'immune-evasion'], ['hsp70', 'tnf', 'mdsc', 'immune-evasion'], ['hsp70', 'tlr2', 'inflammation', 'immune-evasion']];
    const labels: Record<string, string> = { hsp70: 'HSP70', tlr2: 'TLR2', mdsc: 'myeloid-derived suppressor cell', 'immune-evasion': 'immune evasion', tnf: 'TNF-α', inflammation: 'tumour-promoting inflammation' };
    const extents = new Map(Object.entries(labels).map(([id, l]) => [id, room(l, 24, 260, 40)]));
    const chain = chainLayout(paths, 0);
    const p = spreadForLabels(chain, extents, { width: 1240, height: 520 });
    expect(overlappingPairs(p, extents)).toEqual([]);
    expect(p.hsp70.x).toBeLessThan(p.tlr2.x);
    expect(p.tlr2.x).toBeLessThan(p.mdsc.x);
    expect(p.mdsc.x).toBeLessThan(p['immune-evasion'].x);
    // It fills the width: the ends lie near the sides, not in a narrow middle strip.
    expect(p['immune-evasion'].x - p.hsp70.x).toBeGreaterThan(0.6 * 1240);
    for (const id of Object.keys(p)) {
      expect(p[id].x - extents.get(id)!.halfWidth).toBeGreaterThanOrEqual(-0.5);
      expect(p[id].x + extents.get(id)!.halfWidth).toBeLessThanOrEqual(1240.5);
    }
  });

  it('should leave no overlap for any layout that has room to spare, and keep every room in the area', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), fc.integer({ min: 1, max: 24 })), { minLength: 2, maxLength: 40 }),
        (nodes) => {
          const positions: Record<string, { x: number; y: number }> = {};
          const extents = new Map<string, NodeExtent>();
          nodes.forEach(([x, y, len], i) => {
            positions[`n${i}`] = { x, y };
            extents.set(`n${i}`, room('x'.repeat(len)));
          });
          // Generous: the rooms add up to under a fifth of the area.
          const p = spreadForLabels(positions, extents, { width: 1400, height: 1000 });
          expect(overlappingPairs(p, extents)).toEqual([]);
          for (const [id, e] of extents) {
            expect(p[id].x - e.halfWidth).toBeGreaterThanOrEqual(-0.5);
            expect(p[id].y + e.below).toBeLessThanOrEqual(1000.5);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('should give the same positions for the same input', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 1, y: 1 }, c: { x: 2, y: 0 } };
    const extents = new Map([['a', room('alpha')], ['b', room('beta')], ['c', room('gamma')]]);
    expect(spreadForLabels(positions, extents, { width: 300, height: 200 })).toEqual(spreadForLabels(positions, extents, { width: 300, height: 200 }));
  });
});
