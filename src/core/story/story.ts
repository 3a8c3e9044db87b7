// A story: an ordered list of recorded views (filters, selection, highlighted path, zoom
// and pan, a caption) that a lecturer steps through. Saved and loaded as JSON; each step's
// view is kept as the same query string the URL uses, so one decoder checks both.

export interface StoryViewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** What a step frames on the canvas, by id: survives a re-layout, unlike a zoom and pan. */
export interface StoryFrame {
  nodes?: string[];
  edges?: string[];
}

export interface StoryStep {
  caption: string;
  /** The view as URL search parameters ("sel=node:hsp70&types=protein"). */
  view: string;
  viewport?: StoryViewport;
  /** Speaker notes: longer than the caption, shown only to the presenter. */
  notes?: string;
  frame?: StoryFrame;
}

export interface Story {
  format: 'exonet-story';
  version: 1;
  /** A slug naming a built-in story in links (`?story=angiogenesis`). */
  id?: string;
  /** The section slug of the source that the story follows. */
  section?: string;
  title: string;
  steps: StoryStep[];
}

export const MAX_STORY_STEPS = 200;
export const MAX_CAPTION_LENGTH = 1000;
export const MAX_NOTES_LENGTH = 4000;
export const MAX_FRAME_IDS = 200;
export const MAX_STORY_BYTES = 2 * 1024 * 1024;
