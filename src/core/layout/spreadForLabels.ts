// A focused view laid out for the screen it is shown on: the positions of a layout (a
// chain of paths, a force layout) are stretched to fill the free part of the canvas, then
// nodes whose body or label would overprint another are pushed apart until none do. The
// result is in screen pixels at zoom 1, because labels are drawn at a fixed screen size:
// the room a label needs is only known in pixels.

import type { Positions } from './chainLayout';

/** The room a node takes around its centre, in screen pixels: body and label below it. */
export interface NodeExtent {
  halfWidth: number;
  above: number;
  below: number;
}

export interface SpreadOptions {
  /** Free space kept between two nodes' rooms, in pixels. */
  gap: number;
  /** How much more one axis may be stretched than the other to fill the area. */
  maxStretch: number;
  /** Passes of the overlap removal. */
  passes: number;
}

export const SPREAD_OPTIONS: SpreadOptions = { gap: 10, maxStretch: 1.6, passes: 300 };

interface Item {
  id: string;
  x: number;
  y: number;
  e: NodeExtent;
}

/**
 * Positions for the given nodes inside an area of `width` × `height` pixels (origin at its
 * top left), keeping the layout's arrangement (left-to-right and top-to-bottom order of
 * any two nodes is kept where they do not collide) with no two rooms overlapping where
 * the area allows it. Nodes without an extent keep a small default room.
 */
export function spreadForLabels(
  positions: Positions,
  extents: ReadonlyMap<string, NodeExtent>,
  area: { width: number; height: number },
  options: SpreadOptions = SPREAD_OPTIONS,
): Positions {
  const ids = Object.keys(positions).sort();
  if (!ids.length) return {};
  const fallback: NodeExtent = { halfWidth: 15, above: 15, below: 15 };
  const items: Item[] = ids.map((id) => ({ id, x: positions[id].x, y: positions[id].y, e: extents.get(id) ?? fallback }));
  const bounds = boundsOf(items);
  const margin = marginsOf(items);
  const free = { width: Math.max(1, area.width - margin.left - margin.right), height: Math.max(1, area.height - margin.top - margin.bottom) };
  stretchInto(items, bounds, free, options.maxStretch);
  for (const it of items) {
    it.x += margin.left;
    it.y += margin.top;
  }
  removeOverlaps(items, area, options);
  const out: Positions = {};
  for (const it of items) out[it.id] = { x: it.x, y: it.y };
  return out;
}

function boundsOf(items: readonly Item[]) {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const it of items) {
    x1 = Math.min(x1, it.x);
    x2 = Math.max(x2, it.x);
    y1 = Math.min(y1, it.y);
    y2 = Math.max(y2, it.y);
  }
  return { x1, y1, x2, y2 };
}

/** Room the outermost nodes need beyond their centres (capped, so a long label cannot eat the area). */
function marginsOf(items: readonly Item[]) {
  const cap = (v: number) => Math.min(v, 220);
  const left = cap(Math.max(...items.map((it) => it.e.halfWidth)));
  const top = cap(Math.max(...items.map((it) => it.e.above)));
  const bottom = cap(Math.max(...items.map((it) => it.e.below)));
  return { left, right: left, top, bottom };
}

/** Scales the centres into the free area: uniformly, then each axis a little more to fill it. */
function stretchInto(items: Item[], b: ReturnType<typeof boundsOf>, free: { width: number; height: number }, maxStretch: number): void {
  const bw = b.x2 - b.x1;
  const bh = b.y2 - b.y1;
  const sx = bw > 0 ? free.width / bw : Infinity;
  const sy = bh > 0 ? free.height / bh : Infinity;
  const uniform = Math.min(sx, sy);
  const base = Number.isFinite(uniform) ? uniform : 1;
  const kx = bw > 0 ? Math.min(sx, base * maxStretch) : 0;
  const ky = bh > 0 ? Math.min(sy, base * maxStretch) : 0;
  // What is left over on an axis is split on both sides, so the view sits in the middle.
  const offX = (free.width - bw * kx) / 2;
  const offY = (free.height - bh * ky) / 2;
  for (const it of items) {
    it.x = offX + (it.x - b.x1) * kx;
    it.y = offY + (it.y - b.y1) * ky;
  }
}

/** Overlap of two rooms along each axis (0 or less when apart on that axis). */
function overlap(a: Item, b: Item, gap: number): { x: number; y: number } {
  const ox = Math.min(a.x + a.e.halfWidth, b.x + b.e.halfWidth) - Math.max(a.x - a.e.halfWidth, b.x - b.e.halfWidth) + gap;
  const oy = Math.min(a.y + a.e.below, b.y + b.e.below) - Math.max(a.y - a.e.above, b.y - b.e.above) + gap;
  return { x: ox, y: oy };
}

/**
 * Pushes overlapping rooms apart along the axis where they overlap least, half each way
 * in the order they already have, keeping every room inside the area; stops when a pass
 * moves nothing or after the given number of passes.
 */
function removeOverlaps(items: Item[], area: { width: number; height: number }, options: SpreadOptions): void {
  const { gap } = options;
  for (let pass = 0; pass < options.passes; pass++) {
    let moved = false;
    // Sweep along x: only pairs whose horizontal extents can meet are compared.
    const byX = [...items].sort((a, b) => a.x - a.e.halfWidth - (b.x - b.e.halfWidth));
    for (let i = 0; i < byX.length; i++) {
      const a = byX[i];
      for (let j = i + 1; j < byX.length; j++) {
        const b = byX[j];
        if (b.x - b.e.halfWidth > a.x + a.e.halfWidth + gap) break;
        const o = overlap(a, b, gap);
        if (o.x <= 0 || o.y <= 0) continue;
        moved = true;
        if (o.x <= o.y) {
          const [left, right] = a.x < b.x || (a.x === b.x && a.id < b.id) ? [a, b] : [b, a];
          left.x -= o.x / 2;
          right.x += o.x / 2;
        } else {
          const [upper, lower] = a.y < b.y || (a.y === b.y && a.id < b.id) ? [a, b] : [b, a];
          upper.y -= o.y / 2;
          lower.y += o.y / 2;
        }
      }
    }
    for (const it of items) clampInto(it, area);
    if (!moved) return;
  }
}

function clampInto(it: Item, area: { width: number; height: number }): void {
  const minX = Math.min(it.e.halfWidth, area.width / 2);
  const minY = Math.min(it.e.above, area.height / 2);
  it.x = Math.min(Math.max(it.x, minX), Math.max(minX, area.width - it.e.halfWidth));
  it.y = Math.min(Math.max(it.y, minY), Math.max(minY, area.height - it.e.below));
}

/** Pairs of rooms that still overlap (for tests and for deciding to shrink labels). */
export function overlappingPairs(positions: Positions, extents: ReadonlyMap<string, NodeExtent>, gap = 0): [string, string][] {
  const fallback: NodeExtent = { halfWidth: 15, above: 15, below: 15 };
  const items: Item[] = Object.keys(positions).map((id) => ({ id, ...positions[id], e: extents.get(id) ?? fallback }));
  const pairs: [string, string][] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const o = overlap(items[i], items[j], gap);
      if (o.x > 0 && o.y > 0) pairs.push([items[i].id, items[j].id]);
    }
  }
  return pairs;
}
