// A story: an ordered list of recorded views (filters, selection, highlighted path, zoom
// and pan, a caption) that a lecturer steps through. Saved and loaded as JSON; each step's
// view is kept as the same query string the URL uses, so one decoder checks both.

export interface StoryViewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface StoryStep {
  caption: string;
  /** The view as URL search parameters ("sel=node:hsp70&types=protein"). */
  view: string;
  viewport?: StoryViewport;
}

export interface Story {
  format: 'exonet-story';
  version: 1;
  title: string;
  steps: StoryStep[];
}

export const MAX_STORY_STEPS = 200;
export const MAX_CAPTION_LENGTH = 1000;
export const MAX_STORY_BYTES = 2 * 1024 * 1024;
