import { describe, expect, it } from 'vitest';
import { deckWordsFor } from '../../../../src/core/story/deckWords';
import { planDeck } from '../../../../src/core/story/deckPlan';
import { tinyGraph } from '../../fixtures/tinyGraph';

describe('core/story/deckWords', () => {
  describe('deckWordsFor', () => {
    it('should cite the review by its first author and year without a reference list', () => {
      const graph = tinyGraph();
      graph.source.authors = ['Doe J', 'Roe K'];
      graph.source.year = 2024;
      const words = deckWordsFor(graph);
      expect(words.cite([133, 202])).toBe('Doe et al. 2024, refs 133, 202');
      expect(words.cite([7])).toBe('Doe et al. 2024, ref 7');
      expect(words.reference(7)).toMatch(/^7\. reference 7 in Doe J, et al\. A tiny review/);
    });

    it('should name the authors and year of each attached reference, and give its full entry', () => {
      const graph = tinyGraph();
      graph.references = [{ n: 133, text: 'Iraci N, Leonardi T. Focus on extracellular vesicles. 2016.', authors: ['Iraci', 'Leonardi', 'Gessler'], year: 2016, doi: '10.1/x' }];
      const words = deckWordsFor(graph);
      expect(words.cite([133, 202])).toBe('Doe, refs 133 Iraci et al. 2016, 202');
      expect(words.reference(133)).toBe('133. Iraci N, Leonardi T. Focus on extracellular vesicles. 2016. https://doi.org/10.1/x');
    });

    it('should give a deck plan its citations and closing reference lines', () => {
      const graph = tinyGraph();
      const plan = planDeck({ format: 'exonet-story', version: 1, title: 'T', steps: [{ caption: 'A [3, 1].', view: '' }, { caption: 'B.', view: '', notes: 'n' }] }, deckWordsFor(graph));
      expect(plan.slides.map((s) => s.citation)).toEqual(['Doe, refs 1, 3', null]);
      expect(plan.references.map((r) => r.split('.')[0])).toEqual(['1', '3']);
    });
  });
});
