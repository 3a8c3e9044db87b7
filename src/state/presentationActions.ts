// Presentation actions over the store: stepping through a path or a story, entering and
// leaving full screen, recording the current view as a story step.

import { decodeViewState, encodeViewState } from '../core/view/urlState';
import type { Story, StoryStep } from '../core/story/story';
import { selectActivePath } from './selectors';
import { selectPresentedStory } from './slices/presentationSlice';
import { useAppStore } from './store';
import { applyView, checkViewAgainstGraph, viewOfStore } from './viewOfStore';

const activePathOfStore = () => selectActivePath(useAppStore.getState());

/** Enters presentation mode: the given mode, else the highlighted path, else the story
 * (from its step `atStep`, counted from 0). */
export function startPresentation(requested?: 'path' | 'story', atStep = 0, lecture?: Story): void {
  const s = useAppStore.getState();
  const story = lecture ?? s.story;
  const mode = requested ?? (activePathOfStore() ? 'path' : story.steps.length ? 'story' : 'path');
  s.startPresentation(mode, lecture);
  if (mode === 'story') showStoryStep(Math.min(Math.max(0, atStep), Math.max(0, story.steps.length - 1)));
  document.documentElement.requestFullscreen?.().catch(() => {
    // Full screen may be refused (no user gesture, headless); presentation works without it.
  });
}

/** Presents a built-in lecture from the given step, leaving the user's own story as it is. */
export function presentLecture(lecture: Story, atStep = 0): void {
  startPresentation('story', atStep, lecture);
}

export function stopPresentation(): void {
  useAppStore.getState().stopPresentation();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

export function showStoryStep(index: number): void {
  const s = useAppStore.getState();
  const step = selectPresentedStory(s).steps[index];
  if (!step) return;
  const decoded = decodeViewState(step.view);
  const problems = decoded.ok ? checkViewAgainstGraph(decoded.value, s.graph) : decoded.problems;
  if (!decoded.ok || problems.length) {
    s.notify({ kind: 'error', text: `Story step ${index + 1} names things this graph lacks; showing it without them.`, details: problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`) });
  }
  if (decoded.ok && !problems.length) useAppStore.setState(applyView(s, decoded.value));
  s.setStoryIndex(index);
  // What the step frames, by id, survives a re-layout; a recorded zoom and pan is the fallback.
  const framed = [...(step.frame?.nodes ?? []), ...(step.frame?.edges ?? [])];
  const around = decoded.ok && decoded.value.selection?.kind === 'node' ? decoded.value.selection.id : null;
  if (framed.length && decoded.ok && !problems.length) useAppStore.getState().requestFrameIds(framed, around);
  else if (step.viewport) useAppStore.getState().requestViewport(step.viewport);
}

/** Moves one step forward (+1) or back (-1) through the path or the story. */
export function stepPresentation(delta: 1 | -1): void {
  const s = useAppStore.getState();
  if (!s.presentation.active) return;
  if (s.presentation.mode === 'story') {
    const next = Math.min(selectPresentedStory(s).steps.length - 1, Math.max(0, s.presentation.storyIndex + delta));
    if (next !== s.presentation.storyIndex) showStoryStep(next);
    return;
  }
  const path = activePathOfStore();
  if (!path) return;
  // After the last step comes the closing step (the whole path, its effect, its references); → stays there.
  const next = Math.min(path.steps.length, Math.max(-1, s.presentation.revealedSteps + delta));
  if (next !== s.presentation.revealedSteps) s.setRevealedSteps(next);
}

export function recordStoryStep(caption: string): void {
  const s = useAppStore.getState();
  const step: StoryStep = {
    caption,
    view: encodeViewState(viewOfStore(s)),
    ...(s.viewport ? { viewport: { zoom: s.viewport.zoom, pan: { ...s.viewport.pan } } } : {}),
  };
  s.setStory({ ...s.story, steps: [...s.story.steps, step] });
}
