// The size of an exported picture: the caption's height, and the largest scale (at most
// the one asked for) at which the picture fits what a browser canvas can draw.

import type { Caption } from './caption';

/** Chromium's limits: 32,767 px a side and about 268 million pixels in all; stay well inside. */
export const MAX_CANVAS_SIDE = 16_000;
export const MAX_CANVAS_AREA = 120_000_000;

export function captionHeight(caption: Caption | undefined, unit: number): number {
  return caption ? Math.round(unit * (28 + 8 + caption.lines.length * 17 + 16)) : 0;
}

/** The scale to draw a `width` × `height` graph at, with its caption, within the canvas limits. */
export function fitScale(width: number, height: number, requested: number, caption: Caption | undefined): number {
  if (!(width > 0) || !(height > 0) || !(requested > 0)) throw new RangeError('width, height and scale must be positive');
  let scale = requested;
  const total = (s: number) => ({ w: Math.max(width * s, caption ? 900 * s : 0), h: height * s + captionHeight(caption, s) });
  while (scale > 0.01) {
    const { w, h } = total(scale);
    if (w <= MAX_CANVAS_SIDE && h <= MAX_CANVAS_SIDE && w * h <= MAX_CANVAS_AREA) break;
    scale *= 0.9;
  }
  return scale;
}

/** A slide at 1×: whole-graph and subgraph pictures are drawn within it unless asked otherwise. */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

/** Sizes of a picture of the current view. */
export type ViewSize = '1x' | '2x' | '1920';

export const VIEW_SIZE_LABELS: Readonly<Record<ViewSize, string>> = {
  '1x': '1× (as on screen)',
  '2x': '2×',
  '1920': '1920 px wide',
};

/** Picture pixels per screen pixel for a picture of a canvas `canvasWidth` pixels wide. */
export function viewScale(size: ViewSize, canvasWidth: number): number {
  if (size === '1x') return 1;
  if (size === '2x') return 2;
  if (!(canvasWidth > 0)) throw new RangeError('the canvas width must be positive');
  return SLIDE_SIZE.width / canvasWidth;
}
