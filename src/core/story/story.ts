// A story: an ordered list of recorded views (filters, selection, path, zoom and pan,
// caption) that a lecturer steps through. Saved and loaded as JSON.

import type { ViewState } from '../view/viewState';

export interface StoryViewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface StoryStep {
  caption: string;
  view: ViewState;
  viewport?: StoryViewport;
}

export interface Story {
  format: 'exonet-story';
  version: 1;
  title: string;
  steps: StoryStep[];
}
