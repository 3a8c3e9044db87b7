// The story draft kept in localStorage (under STORY_DRAFT_KEY): parsed and checked like a
// story file, so a corrupt draft is reported rather than silently replaced. Loaded on
// demand, when a draft is stored or the story changes, so the story parser stays out of
// the first load.

import type { Problem } from '../core/model/types';
import { parseStoryText, serializeStory } from '../core/story/parseStory';
import type { Story } from '../core/story/story';
import { readItem, STORY_DRAFT_KEY, writeItem, type KeyValueStorage } from './persistence';
import { EMPTY_STORY } from './slices/presentationSlice';

export type StoryDraftLoad =
  | { kind: 'none' }
  | { kind: 'story'; story: Story }
  | { kind: 'corrupt'; problems: Problem[] };

export function loadStoryDraft(storage: KeyValueStorage | null): StoryDraftLoad {
  const text = readItem(storage, STORY_DRAFT_KEY);
  if (text === null) return { kind: 'none' };
  const parsed = parseStoryText(text);
  return parsed.ok ? { kind: 'story', story: parsed.value } : { kind: 'corrupt', problems: parsed.problems };
}

/** Saves the story draft, or forgets it when it is empty; false when storage refused it. */
export function saveStoryDraft(storage: KeyValueStorage | null, story: Story): boolean {
  const empty = story.steps.length === 0 && (story.title === '' || story.title === EMPTY_STORY.title);
  return writeItem(storage, STORY_DRAFT_KEY, empty ? null : serializeStory(story));
}
