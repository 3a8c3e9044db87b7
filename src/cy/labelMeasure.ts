// Label text measured as the canvas draws it (its font, at a given size), so that layouts
// and the label pass know how much room a label takes. Without a DOM (headless, tests) the
// width is estimated from the number of characters.

import { estimateTextWidth, labelExtent, type LabelExtent, type TextMeasure } from '../core/layout/labelExtent';
import { LABEL_FONT_FAMILY } from './stylesheet';

/** Extra width of the outline drawn around label text, on both sides together. */
const OUTLINE = 5;

let context: CanvasRenderingContext2D | null | undefined;
/** The context's font: setting it parses the font string again, even when unchanged. */
let contextFont = '';
const widths = new Map<string, number>();

function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  }
  return context;
}

/** Text width in pixels in the label font of the given weight. */
export function textMeasure(weight: number): TextMeasure {
  return (text, px) => {
    const ctx = measuringContext();
    if (!ctx) return estimateTextWidth(text, px);
    const key = `${weight}|${px}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const font = `${weight} ${px}px ${LABEL_FONT_FAMILY}`;
      if (font !== contextFont) ctx.font = contextFont = font;
      width = ctx.measureText(text).width + OUTLINE;
      if (widths.size > 20_000) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
}

const REGULAR = textMeasure(600);
const HALLMARK = textMeasure(800);

/** The room a node's label takes on screen at `px` pixels, wrapped at `maxWidth`. */
export function measureLabel(text: string, px: number, maxWidth: number, hallmark = false): LabelExtent {
  return labelExtent(text, px, maxWidth, hallmark ? HALLMARK : REGULAR);
}
