// The plan of a slide deck for a story: one slide per step (caption, its citation, speaker
// notes) and a closing slide listing every reference the story cites. Pure text: the app
// adds each step's picture and writes the file (src/io/slideDeck.ts).

import { citedRefs } from './checkStory';
import type { Story } from './story';

export interface DeckSlide {
  /** 1-based step number, as on the slide and in links (`step=3`). */
  step: number;
  caption: string;
  /** "Hánělová et al. 2024, refs 133, 202", or null for a step that cites nothing. */
  citation: string | null;
  notes: string;
}

export interface DeckPlan {
  title: string;
  slides: DeckSlide[];
  /** One line per cited reference, in number order: the closing slide. */
  references: string[];
}

export interface DeckWords {
  /** How a list of the source's reference numbers is cited on a slide. */
  cite: (refs: number[]) => string;
  /** The full line of one reference for the closing slide. */
  reference: (n: number) => string;
}

export function planDeck(story: Story, words: DeckWords): DeckPlan {
  const all = new Set<number>();
  const slides = story.steps.map((step, i) => {
    const refs = citedRefs(step.caption);
    refs.forEach((r) => all.add(r));
    return { step: i + 1, caption: step.caption, citation: refs.length ? words.cite(refs) : null, notes: step.notes ?? '' };
  });
  return { title: story.title || 'Untitled story', slides, references: [...all].sort((a, b) => a - b).map(words.reference) };
}
