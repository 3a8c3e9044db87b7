// Writing a slide deck (.pptx) from a deck plan and one picture per step. pptxgenjs is
// loaded on demand, so it weighs nothing until a lecturer asks for slides.

import type { DeckPlan } from '../core/story/deckPlan';

export interface SlidePicture {
  /** A PNG as a data URL. */
  dataUrl: string;
  width: number;
  height: number;
}

const SLIDE_W = 13.333; // inches, 16:9
const SLIDE_H = 7.5;
const MARGIN = 0.4;
const PICTURE_H = 5.0;

/** The picture's box on the slide: as large as fits above the caption, aspect kept, centred. */
export function fitPicture(picture: SlidePicture): { x: number; y: number; w: number; h: number } {
  const maxW = SLIDE_W - 2 * MARGIN;
  const scale = Math.min(maxW / picture.width, PICTURE_H / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  return { x: (SLIDE_W - w) / 2, y: MARGIN + 0.5 + (PICTURE_H - h) / 2, w, h };
}

/** The deck as bytes; `pictures[i]` belongs to `plan.slides[i]` (null: a slide without one). */
export async function writeSlideDeck(plan: DeckPlan, pictures: ReadonlyArray<SlidePicture | null>): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = plan.title;
  plan.slides.forEach((s, i) => {
    const slide = pptx.addSlide();
    slide.addText(`${plan.title} · ${s.step}/${plan.slides.length}`, { x: MARGIN, y: 0.15, w: SLIDE_W - 2 * MARGIN, h: 0.4, fontSize: 14, color: '555555' });
    const picture = pictures[i];
    if (picture) slide.addImage({ data: picture.dataUrl, ...fitPicture(picture) });
    slide.addText(s.caption, { x: MARGIN, y: MARGIN + 0.5 + PICTURE_H + 0.1, w: SLIDE_W - 2 * MARGIN, h: 1.0, fontSize: 18, valign: 'top', fit: 'shrink' });
    if (s.citation) slide.addText(s.citation, { x: MARGIN, y: SLIDE_H - 0.45, w: SLIDE_W - 2 * MARGIN, h: 0.35, fontSize: 12, color: '555555' });
    if (s.notes) slide.addNotes(s.notes);
  });
  const refs = pptx.addSlide();
  refs.addText('References', { x: MARGIN, y: 0.2, w: SLIDE_W - 2 * MARGIN, h: 0.6, fontSize: 28, bold: true });
  refs.addText(plan.references.length ? plan.references.join('\n') : 'This story cites no reference.', {
    x: MARGIN, y: 0.9, w: SLIDE_W - 2 * MARGIN, h: SLIDE_H - 1.2, fontSize: 12, valign: 'top', fit: 'shrink',
  });
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}
