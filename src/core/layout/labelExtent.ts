// How much room a node's label takes on screen, estimated from its text: the canvas draws
// labels in screen pixels, so the layout of a focused view and the label pass need the
// same estimate without measuring text.

/** Average advance of a character of the label font, in ems (bold sans-serif). */
const EM_PER_CHARACTER = 0.6;
/** Line height of a wrapped label, in ems. */
const LINE_HEIGHT = 1.25;

export interface LabelExtent {
  /** Width of the widest line, in screen pixels. */
  width: number;
  /** Height of all lines, in screen pixels. */
  height: number;
  lines: number;
}

/** The width of a piece of text in pixels at `px` pixels: measured by the caller, or estimated. */
export type TextMeasure = (text: string, px: number) => number;

/** An estimate from the number of characters, for where no text can be measured. */
export const estimateTextWidth: TextMeasure = (text, px) => text.length * px * EM_PER_CHARACTER;

/**
 * The extent of a label of the given text at `px` pixels, wrapped at `maxWidth` pixels on
 * spaces as Cytoscape wraps them (a word longer than a line gets a line of its own and
 * overflows it).
 */
export function labelExtent(text: string, px: number, maxWidth: number, measure: TextMeasure = estimateTextWidth): LabelExtent {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return { width: 0, height: 0, lines: 0 };
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, px) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  const width = Math.max(...lines.map((l) => measure(l, px)));
  return { width, height: lines.length * px * LINE_HEIGHT, lines: lines.length };
}
