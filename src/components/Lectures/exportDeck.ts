// A story as a slide deck: each step is shown on the canvas as when presenting (chrome
// hidden, projector labels), drawn as the picture export draws the current view, and
// written with its caption, citation and speaker notes (src/io/slideDeck.ts); then the
// user's view (filters, selection, path, side panel tab, viewport) comes back as it was.

import { deckWordsFor } from '../../core/story/deckWords';
import { planDeck } from '../../core/story/deckPlan';
import type { Story } from '../../core/story/story';
import type { GraphView } from '../../cy/createGraphView';
import { exportPng } from '../../cy/exportImage';
import { saveFile } from '../../io/saveFile';
import { writeSlideDeck, type SlidePicture } from '../../io/slideDeck';
import { selectCanvasState } from '../../state/canvasStateOf';
import { showStoryStep, stopPresentation } from '../../state/presentationActions';
import { useAppStore } from '../../state/store';
import { applyView, viewOfStore } from '../../state/viewOfStore';

/** Width of each slide picture: sharp on a projector, a few hundred kB per slide. */
export const SLIDE_PICTURE_WIDTH = 1600;
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
/** Long enough for React to hand the new state to the canvas. */
const RENDER_MS = 60;

export interface DeckProgress {
  /** 1-based slide being drawn, of `total`; `writing` once every picture is drawn. */
  slide: number;
  total: number;
  writing: boolean;
}

export interface DeckResult {
  fileName: string;
  slides: number;
  bytes: number;
}

export function deckFileName(story: Story): string {
  const stem = story.id ?? story.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${stem || 'story'}.pptx`;
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('the picture could not be read back'));
    reader.readAsDataURL(blob);
  });
}

async function settle(view: GraphView): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, RENDER_MS));
  view.update(selectCanvasState(useAppStore.getState()));
  await view.whenIdle();
}

async function pictureOf(view: GraphView): Promise<SlidePicture> {
  const theme = view.currentTheme();
  const background = theme === 'dark' || theme === 'projector-dark' ? 'dark' : 'white';
  const result = await exportPng(view.cy, { scale: SLIDE_PICTURE_WIDTH / Math.max(1, view.cy.width()), background }, theme);
  return { dataUrl: await dataUrlOf(result.blob), width: result.width, height: result.height };
}

/** Draws every step, writes the deck and saves it; the user's view is restored whatever happens. */
export async function exportStoryDeck(story: Story, view: GraphView, onProgress: (p: DeckProgress) => void): Promise<DeckResult> {
  const store = useAppStore;
  const start = store.getState();
  if (start.presentation.active) throw new Error('leave the presentation first');
  if (!story.steps.length) throw new Error('the story has no steps');
  const total = story.steps.length;
  const before = viewOfStore(start);
  const panel = start.panel;
  const pictures: SlidePicture[] = [];
  let bytes: Uint8Array;
  const plan = planDeck(story, deckWordsFor(start.graph));
  // Presenting the story (as a lecture, so the user's own story stays as it is) gives each
  // step the canvas of the presentation: the whole window, large labels.
  start.startPresentation('story', story);
  try {
    for (let i = 0; i < total; i++) {
      onProgress({ slide: i + 1, total, writing: false });
      showStoryStep(i);
      await settle(view);
      const s = store.getState();
      if (!s.presentation.active || s.lecture !== story || s.presentation.storyIndex !== i) {
        throw new Error('the presentation was left or moved while the slides were drawn');
      }
      pictures.push(await pictureOf(view));
    }
    onProgress({ slide: total, total, writing: true });
    bytes = await writeSlideDeck(plan, pictures);
  } finally {
    // The view first, while the lecture still holds the address; leaving then restores the viewport.
    store.setState({ ...applyView(store.getState(), before), panel });
    if (store.getState().presentation.active) stopPresentation();
  }
  const fileName = deckFileName(story);
  saveFile(fileName, new Blob([bytes as BlobPart], { type: PPTX_TYPE }));
  return { fileName, slides: plan.slides.length + 1, bytes: bytes.byteLength };
}
