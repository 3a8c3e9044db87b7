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

/**
 * The extent of a label of the given text at `px` pixels, wrapped at `maxWidth` pixels on
 * spaces as Cytoscape wraps them (a word longer than a line gets a line of its own and
 * overflows it).
 */
export function labelExtent(text: string, px: number, maxWidth: number): LabelExtent {
  const advance = px * EM_PER_CHARACTER;
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return { width: 0, height: 0, lines: 0 };
  let lines = 1;
  let line = 0;
  let widest = 0;
  for (const word of words) {
    const w = word.length * advance;
    const next = line === 0 ? w : line + advance + w;
    if (line > 0 && next > maxWidth) {
      widest = Math.max(widest, line);
      lines++;
      line = w;
    } else line = next;
  }
  widest = Math.max(widest, line);
  return { width: widest, height: lines * px * LINE_HEIGHT, lines };
}
