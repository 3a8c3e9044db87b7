// A link to a slide of a built-in lecture: `?story=angiogenesis&step=3` (steps numbered from
// 1, like slides). The two keys are taken out of the address before the view is decoded, so
// the rest of the address still has to be a valid view.

import type { Problem } from '../model/types';

export interface StoryLink {
  story: string;
  /** 0-based index of the step to open. */
  index: number;
}

const SLUG = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const MAX_STEP = 200;

export function splitStoryLink(search: string): { link: StoryLink | null; rest: string; problems: Problem[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { link: null, rest: search, problems: [] };
  }
  const story = params.get('story');
  const step = params.get('step');
  params.delete('story');
  params.delete('step');
  const rest = params.toString();
  const problems: Problem[] = [];
  if (story === null) {
    if (step !== null) problems.push({ where: 'step', message: 'a step without "story"' });
    return { link: null, rest, problems };
  }
  if (!SLUG.test(story)) problems.push({ where: 'story', message: `"${story.slice(0, 40)}" is not a lecture name` });
  const n = step === null ? 1 : /^\d{1,3}$/.test(step) ? Number(step) : NaN;
  if (!(n >= 1 && n <= MAX_STEP)) problems.push({ where: 'step', message: `"${(step ?? '').slice(0, 10)}" is not a step number from 1 to ${MAX_STEP}` });
  return { link: problems.length ? null : { story, index: n - 1 }, rest, problems };
}

export function storyLinkSearch(link: StoryLink): string {
  return `story=${encodeURIComponent(link.story)}&step=${link.index + 1}`;
}
