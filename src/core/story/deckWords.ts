// How a slide deck names the review's references: "Hánělová et al. 2024, refs 133, 202",
// with the author and year of each reference once a reference list is attached
// ("refs 133 Iraci et al. 2016, 202"), and the full line of each on the closing slide.

import type { ExonetGraph } from '../model/types';
import { shortSource } from '../export/caption';
import { citationOf } from '../paths/formatPath';
import { referenceEntry, shortCitation } from '../references/shortCitation';
import type { DeckWords } from './deckPlan';

export function deckWordsFor(graph: ExonetGraph): DeckWords {
  return {
    cite: (refs) => {
      const named = refs.map((n) => {
        const short = shortCitation(referenceEntry(graph, n));
        return short ? `${n} ${short}` : String(n);
      });
      return `${shortSource(graph)}, ${refs.length === 1 ? 'ref' : 'refs'} ${named.join(', ')}`;
    },
    reference: (n) => {
      const c = citationOf(graph, n);
      return `${n}. ${c.text}${c.url ? ` ${c.url}` : ''}`;
    },
  };
}
