import { describe, expect, it } from 'vitest';
import { ofReferenceCount, sectionTitle, sectionsOf } from '../../../../src/core/model/sections';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { listGraphProblems } from '../../../../src/core/model/validateGraph';
import { computeGraphStats } from '../../../../src/core/stats/graphStats';
import { tinyGraph } from '../../fixtures/tinyGraph';

/** The tiny graph as another review: its own sections and 312 references. */
function otherReview(): ExonetGraph {
  const g = tinyGraph();
  g.source = {
    title: 'Another review',
    authors: ['Roe K'],
    sections: [
      { slug: 'introduction', title: 'Introduction', lines: [[1, 10]] },
      { slug: 'results', title: 'Results', lines: [[11, 20], [26, 40]] },
      { slug: 'discussion', title: 'Discussion' },
    ],
    referenceCount: 312,
  };
  const sections = ['introduction', 'results', 'results', 'discussion'];
  g.edges.forEach((e, i) => (e.evidence[0].section = sections[i]));
  g.edges[0].evidence[0].refs = [312];
  return g;
}

describe('core/model/sections', () => {
  it('should validate a graph with its own sections and references up to 312', () => {
    expect(listGraphProblems(otherReview())).toEqual([]);
    expect(sectionsOf(otherReview()).map((s) => s.slug)).toEqual(['introduction', 'results', 'discussion']);
    expect(sectionTitle(otherReview(), 'results')).toBe('Results');
    expect(ofReferenceCount(otherReview())).toBe(' of 312');
  });

  it('should refuse a reference beyond its count and a section it does not declare, naming its own', () => {
    const g = otherReview();
    g.edges[0].evidence[0].refs = [313];
    g.edges[1].evidence[0].section = 'methods';
    expect(listGraphProblems(g).map((p) => p.message)).toEqual([
      'reference 313 is not an integer from 1 to 312',
      'unknown section "methods" (the source\'s sections are introduction, results, discussion)',
    ]);
  });

  it('should accept any section and any positive reference in a graph that declares none (an old file)', () => {
    const g = otherReview();
    delete g.source.sections;
    delete g.source.referenceCount;
    g.edges[0].evidence[0].refs = [5000];
    expect(listGraphProblems(g)).toEqual([]);
    expect(sectionsOf(g).map((s) => [s.slug, s.title])).toEqual([['introduction', 'introduction'], ['results', 'results'], ['discussion', 'discussion']]);
    expect(ofReferenceCount(g)).toBe('');
    expect(computeGraphStats(g).neverCited.length).toBe(5000 - 3); // 108, 200 and 5000 are cited
    g.edges[0].evidence[0].refs = [0];
    expect(listGraphProblems(g).map((p) => p.message)).toEqual(['reference 0 is not a positive whole number']);
  });

  it('should report malformed sections and counts', () => {
    const g = otherReview() as unknown as { source: Record<string, any> };
    g.source.sections.push({ slug: 'results', title: 'Again' }, { slug: 'Bad Slug', title: '' }, { slug: 'fig', title: 'Fig', lines: [[9, 3]] });
    g.source.referenceCount = 0;
    expect(listGraphProblems(g).map((p) => `${p.where}: ${p.message}`)).toEqual([
      'source.referenceCount: referenceCount 0 must be a whole number of 1 or more',
      'source.sections[3].slug: section "results" is listed twice',
      'source.sections[4].slug: slug "Bad Slug" must be a lowercase slug (a-z, 0-9, -)',
      'source.sections[4].title: title must be a non-empty text',
      'source.sections[5].lines[0]: a list is not a span [first, last] of line numbers (1 or more, first ≤ last)',
    ]);
  });
});
