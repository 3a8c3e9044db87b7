import { describe, expect, it } from 'vitest';
import { chainLayout, CHAIN_SPACING } from '../../../../src/core/layout/chainLayout';

describe('core/layout/chainLayout', () => {
  it('should place nothing for no paths', () => {
    expect(chainLayout([])).toEqual({});
  });

  it('should lay one path out left to right on one row, a column per hop', () => {
    const p = chainLayout([['a', 'b', 'c']]);
    expect(p).toEqual({ a: { x: 0, y: 0 }, b: { x: CHAIN_SPACING.column, y: 0 }, c: { x: 2 * CHAIN_SPACING.column, y: 0 } });
  });

  it('should stack parallel paths in rows, keep the active one in the middle and the end at the right', () => {
    const paths = [['s', 'a', 't'], ['s', 'b', 'c', 't'], ['s', 'd', 't']];
    const p = chainLayout(paths, 1);
    expect([p.s.y, p.b.y, p.c.y, p.t.y]).toEqual([0, 0, 0, 0]);
    expect(p.t.x).toBe(3 * CHAIN_SPACING.column);
    expect(p.a.y).not.toBe(p.d.y);
    for (const path of paths) for (let i = 1; i < path.length; i++) expect(p[path[i]].x).toBeGreaterThan(p[path[i - 1]].x);
    const cells = Object.values(p).map((q) => `${q.x}:${q.y}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('should move a node reached at different hops right of every predecessor', () => {
    const p = chainLayout([['s', 'x', 't'], ['s', 'y', 'x', 'z', 't']]);
    expect(p.x.x).toBeGreaterThan(p.y.x);
    expect(p.z.x).toBeGreaterThan(p.x.x);
    expect(p.t.x).toBeGreaterThan(p.z.x);
  });
});
