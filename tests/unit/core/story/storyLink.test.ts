import { describe, expect, it } from 'vitest';
import { splitStoryLink, storyLinkSearch } from '../../../../src/core/story/storyLink';

describe('core/story/storyLink', () => {
  it('should refuse a bad lecture name, a bad step and a step without a story', () => {
    expect(splitStoryLink('?story=%3Cscript%3E&step=2').problems.map((p) => p.where)).toEqual(['story']);
    expect(splitStoryLink('?story=fig2&step=0').problems.map((p) => p.where)).toEqual(['step']);
    expect(splitStoryLink('?story=fig2&step=two').problems.map((p) => p.where)).toEqual(['step']);
    expect(splitStoryLink('?step=3').problems.map((p) => p.where)).toEqual(['step']);
  });

  it('should read the story and the slide number, and leave the rest of the view', () => {
    expect(splitStoryLink('?story=fig2&step=2&types=protein')).toEqual({ link: { story: 'fig2', index: 1 }, rest: 'types=protein', problems: [] });
    expect(splitStoryLink('story=angiogenesis').link).toEqual({ story: 'angiogenesis', index: 0 });
    expect(splitStoryLink('?sel=node:tgfb')).toEqual({ link: null, rest: 'sel=node%3Atgfb', problems: [] });
  });

  it('should write a link that reads back', () => {
    expect(splitStoryLink(storyLinkSearch({ story: 'immune', index: 4 })).link).toEqual({ story: 'immune', index: 4 });
  });
});
