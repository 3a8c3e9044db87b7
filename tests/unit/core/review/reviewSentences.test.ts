import { describe, expect, it } from 'vitest';
import { findHedgeWords } from '../../../../src/core/review/hedgeWords';
import { reviewSentences } from '../../../../src/core/review/reviewSentences';

// A made-up review: a hyphenated word at a line end, an abbreviation, a caption that
// interrupts the running text, and a page break in the middle of a sentence.
const TEXT = [
  'Intro',
  'Vesicles may carry pro-',
  'teins between cells [1, 2]. Smith et al. showed a thing',
  'in mice [3–5]. It is thought that',
  '',
  'the signal travels far [6].',
  'Fig. 9  A made-up caption. It could say anything.',
  'The running text goes on here [7]. Results seem clear',
  'Methods',
  'Nothing hedged here [8].',
].join('\n');

const RANGES = [
  { slug: 'introduction', from: 1, to: 6 },
  { slug: 'fig1', from: 7, to: 7 },
  { slug: 'introduction', from: 8, to: 8 },
  { slug: 'conclusions', from: 9, to: 10 },
];

describe('core/review/reviewSentences', () => {
  it('should split sentences with their section, first line and references', () => {
    const sentences = reviewSentences(TEXT.split('\n'), RANGES);
    expect(sentences.map(({ section, line, refs }) => ({ section, line, refs }))).toEqual([
      { section: 'introduction', line: 1, refs: [1, 2] },
      { section: 'introduction', line: 3, refs: [3, 4, 5] },
      { section: 'introduction', line: 4, refs: [6] },
      { section: 'fig1', line: 7, refs: [] },
      { section: 'fig1', line: 7, refs: [] },
      { section: 'introduction', line: 8, refs: [7] },
      { section: 'introduction', line: 8, refs: [] },
      { section: 'conclusions', line: 9, refs: [8] },
    ]);
    expect(sentences[0].text).toBe('Intro Vesicles may carry proteins between cells [1, 2].');
    expect(sentences[2].text).toBe('It is thought that the signal travels far [6].');
  });

  it('should read a section around a caption as one stream and ignore lines past the end', () => {
    const sentences = reviewSentences(['A [1] goes', 'Fig. 1 Caption.', 'on here.'], [
      { slug: 'abstract', from: 1, to: 1 },
      { slug: 'fig1', from: 2, to: 2 },
      { slug: 'abstract', from: 3, to: 99 },
    ]);
    expect(sentences.filter((s) => s.section === 'abstract').map((s) => s.text)).toEqual(['A [1] goes on here.']);
  });
});

describe('core/review/hedgeWords', () => {
  it('should find hedging words as lowercase whole words, each once', () => {
    expect(findHedgeWords('It is thought that X May help; it might, it may.')).toEqual(['thought', 'may', 'might']);
    expect(findHedgeWords('it was suggested ... could')).toEqual(['suggested', 'could']);
    expect(findHedgeWords('Mayor of maybe-town thoughtful')).toEqual([]);
    expect(findHedgeWords('shown plainly')).toEqual([]);
  });
});
