// Presentation mode: full screen with the chrome hidden, stepping through the highlighted
// path or through the steps of a story.

import type { StateCreator } from 'zustand';
import type { Story } from '../../core/story/story';
import type { Viewport } from '../../core/view/canvasState';
import type { AppState } from '../store';

export interface PresentationState {
  active: boolean;
  /** 'path': step through the highlighted path; 'story': through the story's views. */
  mode: 'path' | 'story';
  /** Path steps revealed so far (-1: only the start node; the number of steps: the closing step). */
  revealedSteps: number;
  /** Index of the current story step. */
  storyIndex: number;
}

/** What presenting changes and leaving restores exactly. */
export interface ViewBeforePresenting {
  viewport: Viewport | null;
  legendOpen: boolean;
}

export interface PresentationData {
  before: ViewBeforePresenting | null;
  presentation: PresentationState;
  /** The user's own story (the draft kept in the browser). */
  story: Story;
  /** A built-in lecture being presented, which leaves the user's story as it is; null otherwise. */
  lecture: Story | null;
  /** When presenting began (ms since the epoch), for the presenter view's timer; null when not presenting. */
  presentingSince: number | null;
}

export interface PresentationActions {
  /** With `lecture`, presents that story instead of the user's own. */
  startPresentation(mode: 'path' | 'story', lecture?: Story): void;
  stopPresentation(): void;
  setRevealedSteps(n: number): void;
  setStoryIndex(i: number): void;
  setStory(story: Story): void;
}

export type PresentationSlice = PresentationData & PresentationActions;

export const EMPTY_STORY: Story = { format: 'exonet-story', version: 1, title: 'Untitled story', steps: [] };

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  presentation: { active: false, mode: 'path', revealedSteps: -1, storyIndex: 0 },
  story: EMPTY_STORY,
  before: null,
  lecture: null,
  presentingSince: null,
  startPresentation: (mode, lecture) =>
    set((s) => ({
      presentation: { active: true, mode, revealedSteps: -1, storyIndex: 0 },
      lecture: lecture ?? null,
      presentingSince: s.presentation.active ? s.presentingSince : Date.now(),
      before: s.presentation.active ? s.before : { viewport: s.viewport, legendOpen: s.legendOpen },
    })),
  stopPresentation: () =>
    set((s) => {
      if (!s.presentation.active) return {};
      const restore = s.before;
      return {
        presentation: { ...s.presentation, active: false },
        lecture: null,
        presentingSince: null,
        before: null,
        ...(restore ? { legendOpen: restore.legendOpen } : {}),
        ...(restore?.viewport ? { canvasRequest: { seq: (s.canvasRequest?.seq ?? 0) + 1, kind: 'viewport' as const, viewport: restore.viewport } } : {}),
      };
    }),
  setRevealedSteps: (revealedSteps) => set((s) => ({ presentation: { ...s.presentation, revealedSteps } })),
  setStoryIndex: (storyIndex) => set((s) => ({ presentation: { ...s.presentation, storyIndex } })),
  setStory: (story) => set({ story }),
});

/** The story that presentation steps through: the lecture being presented, else the user's. */
export const selectPresentedStory = (s: Pick<PresentationData, 'story' | 'lecture'>): Story => s.lecture ?? s.story;
