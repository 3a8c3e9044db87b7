// The built-in lectures (graph-data/stories/*.json), loaded on demand: each file is its own
// small chunk, read only when the lecture list opens or a link names a story. Every file is
// parsed like a user's story file, so a broken one is reported, never trusted.

import { parseStoryValue } from '../core/story/parseStory';
import type { Story } from '../core/story/story';

const files = import.meta.glob<unknown>('../../graph-data/stories/*.json', { import: 'default' });

export interface LoadedLectures {
  stories: Story[];
  /** "fig2.json: steps[0].view: …" for each file that failed to parse. */
  problems: string[];
}

let loading: Promise<LoadedLectures> | null = null;

/** Every built-in lecture, in file order; loaded once and then shared. */
export function loadBuiltInStories(): Promise<LoadedLectures> {
  loading ??= Promise.all(
    Object.entries(files)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([path, load]) => ({ name: path.split('/').pop() ?? path, parsed: parseStoryValue(await load()) })),
  ).then((results) => ({
    stories: results.flatMap((r) => (r.parsed.ok ? [r.parsed.value] : [])),
    problems: results.flatMap((r) => (r.parsed.ok ? [] : r.parsed.problems.slice(0, 3).map((p) => `${r.name}: ${p.where}: ${p.message}`))),
  }));
  return loading;
}
