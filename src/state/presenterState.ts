// What the presenter view shows, read from the store: the current step of the story or
// path being presented, its speaker notes, the next step's caption and where presenting
// began. The presenting window sends this to the presenter view (presenterMessages.ts).

import { netEffectOf, pathToText } from '../core/paths/formatPath';
import type { PathResult } from '../core/paths/pathTypes';
import { stepCaption } from '../core/paths/stepCaption';
import type { PresenterState } from '../core/story/presenterMessages';
import { countOf, EFFECT_WORDS } from '../core/words/phrases';
import { selectActivePath } from './selectors';
import { selectPresentedStory } from './slices/presentationSlice';
import type { AppState } from './store';

const MAX_TEXT = 5000;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

interface Slide {
  caption: string;
  notes: string;
}

/** A path presented step by step: the start (-1), each step, then the closing step. */
function pathSlide(graph: AppState['graph'], path: PathResult, revealed: number): Slide {
  if (revealed < 0) return { caption: pathToText(graph, path), notes: `${countOf(path.steps.length, 'step')}; press → to begin.` };
  if (revealed >= path.steps.length) {
    return {
      caption: `The whole path: ${pathToText(graph, path)} (${EFFECT_WORDS[netEffectOf(graph, path)]})`,
      notes: path.refs.length ? `${countOf(path.refs.length, 'reference')}: [${path.refs.join(', ')}]` : 'No reference cited.',
    };
  }
  const caption = stepCaption(graph, path, revealed);
  return {
    caption: caption?.statement ?? '',
    notes: (caption?.claims ?? []).map((c) => `${c.claim} ${c.refs.length ? `[${c.refs.join(', ')}]` : '[uncited]'}`).join('\n'),
  };
}

/** The presenter's state; `presenting: false` with empty text when nothing is presented. */
export function presenterStateOf(s: AppState): PresenterState {
  const startedAt = s.presentingSince ?? 0;
  const none: PresenterState = { type: 'state', presenting: false, title: '', index: 0, count: 0, caption: '', notes: '', nextCaption: null, startedAt };
  if (!s.presentation.active) return none;
  if (s.presentation.mode === 'story') {
    const story = selectPresentedStory(s);
    const i = s.presentation.storyIndex;
    const step = story.steps[i];
    const next = story.steps[i + 1];
    return {
      ...none,
      presenting: true,
      title: clip(story.title),
      index: step ? i : 0,
      count: story.steps.length,
      caption: clip(step?.caption ?? 'This story has no steps yet.'),
      notes: clip(step?.notes ?? ''),
      nextCaption: next ? clip(next.caption) : null,
    };
  }
  const path = selectActivePath(s);
  if (!path) return { ...none, presenting: true, caption: 'Find a path or record a story to step through it.' };
  const revealed = Math.min(path.steps.length, Math.max(-1, s.presentation.revealedSteps));
  const current = pathSlide(s.graph, path, revealed);
  return {
    ...none,
    presenting: true,
    title: clip(`Path: ${pathToText(s.graph, path)}`),
    index: revealed + 1,
    count: path.steps.length + 2,
    caption: clip(current.caption),
    notes: clip(current.notes),
    nextCaption: revealed < path.steps.length ? clip(pathSlide(s.graph, path, revealed + 1).caption) : null,
  };
}
