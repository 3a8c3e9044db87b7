// Checks of the built-in lectures in graph-data/stories: each is a valid story, every node,
// edge and path a step names exists in the review graph, captions cite references that the
// evidence around the step really carries, and no caption or note copies the review.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_DATA_DIR, loadGraphDataDir } from '../../../src/cli/loadGraph';
import { checkStory, citedRefs, stepNodeIds } from '../../../src/core/story/checkStory';
import { parseStoryValue } from '../../../src/core/story/parseStory';
import type { Story } from '../../../src/core/story/story';
import { textsCopyingTheReview } from './ownWords';

const STORIES_DIR = join(GRAPH_DATA_DIR, 'stories');

function builtInStories(): Array<{ file: string; story: Story }> {
  return readdirSync(STORIES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = parseStoryValue(JSON.parse(readFileSync(join(STORIES_DIR, file), 'utf8')));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`);
      return { file, story: parsed.value };
    });
}

describe('graph-data/stories (the built-in lectures)', () => {
  const loaded = loadGraphDataDir();
  if (!loaded.ok) throw new Error('the review graph does not load');
  const graph = loaded.graph;
  const stories = builtInStories();

  it('should hold at least 14 lectures, each named by its file and 4 to 12 steps long', () => {
    expect(stories.length).toBeGreaterThanOrEqual(14);
    for (const { file, story } of stories) {
      expect(story.id, file).toBe(file.replace(/\.json$/, ''));
      expect(story.steps.length, file).toBeGreaterThanOrEqual(4);
      expect(story.steps.length, file).toBeLessThanOrEqual(12);
    }
  });

  it('should cover every body section of the review, both figures and both tables', () => {
    const sections = new Set(stories.map((s) => s.story.section));
    const wanted = ['structure-and-content', 'biogenesis', 'secretion-and-uptake', 'signal-molecules', 'cancer-progression', 'angiogenesis', 'cell-death-and-proliferation', 'immune', 'metastasis', 'therapy', 'fig1', 'fig2', 'table1', 'table2'];
    expect(wanted.filter((w) => !sections.has(w))).toEqual([]);
  });

  it('should name only nodes, edges and paths that the review graph has', () => {
    const problems = stories.flatMap(({ file, story }) => checkStory(story, graph).map((p) => `${file} ${p.where}: ${p.message}`));
    expect(problems).toEqual([]);
  });

  it('should cite a reference in at least 80% of the steps', () => {
    const steps = stories.flatMap((s) => s.story.steps);
    const citing = steps.filter((step) => citedRefs(step.caption).length > 0);
    expect(citing.length / steps.length).toBeGreaterThanOrEqual(0.8);
  });

  it('should cite in a caption only references that evidence around the step carries', () => {
    const unsupported: string[] = [];
    for (const { file, story } of stories) {
      story.steps.forEach((step, i) => {
        const named = new Set(stepNodeIds(step));
        const supported = new Set<number>();
        for (const n of graph.nodes) if (named.has(n.id)) for (const ev of n.evidence ?? []) ev.refs.forEach((r) => supported.add(r));
        for (const e of graph.edges) {
          if (named.has(e.source) || named.has(e.target)) for (const ev of e.evidence) ev.refs.forEach((r) => supported.add(r));
        }
        const missing = citedRefs(`${step.caption} ${step.notes ?? ''}`).filter((r) => !supported.has(r));
        if (missing.length) unsupported.push(`${file} step ${i + 1}: [${missing.join(', ')}]`);
      });
    }
    expect(unsupported).toEqual([]);
  });

  it('should word captions and notes in our own words', () => {
    const texts = stories.flatMap((s) => [s.story.title, ...s.story.steps.flatMap((step) => [step.caption, step.notes ?? ''])]);
    expect(textsCopyingTheReview(graph, texts)).toEqual([]);
  });
});
