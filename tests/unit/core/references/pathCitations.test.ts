// Paths of a graph with an attached reference list name "Chalmin et al. 2010" beside the
// number in copy-as-text and captions, and list the full entries.

import { describe, expect, it } from 'vitest';
import { pathCaption } from '../../../../src/core/export/caption';
import { findPaths } from '../../../../src/core/paths/findPaths';
import { pathToCitedText } from '../../../../src/core/paths/formatPath';
import { tinyGraph } from '../paths/tinyGraph';

const base = tinyGraph(['hsp70 -activates-> tlr2 [45,46]', 'tlr2 -activates-> mdsc [46]']);
const named = { ...base, references: [{ n: 46, text: 'Chalmin F, Ladoire S, Mignot G. Membrane-associated Hsp72. J Clin Invest. 2010;120:457.', year: 2010, authors: ['Chalmin', 'Ladoire', 'Mignot'] }] };

describe('paths with a reference list', () => {
  const [path] = findPaths(named, 'hsp70', 'mdsc');

  it('should put the author-year beside the number in copy-as-text and list the full entry', () => {
    const text = pathToCitedText(named, path);
    expect(text).toContain('HSP70 activates TLR2 [45, 46 Chalmin et al. 2010]');
    expect(text).toContain('46. Chalmin F, Ladoire S, Mignot G. Membrane-associated Hsp72. J Clin Invest. 2010;120:457.');
  });

  it('should do the same in captions, and keep bare numbers without a list', () => {
    expect(pathCaption(named, path).lines).toEqual(expect.arrayContaining([
      'TLR2 activates MDSC [46 Chalmin et al. 2010]',
      '46. Chalmin F, Ladoire S, Mignot G. Membrane-associated Hsp72. J Clin Invest. 2010;120:457.',
    ]));
    const [plain] = findPaths(base, 'hsp70', 'mdsc');
    expect(pathCaption(base, plain).lines).toContain('TLR2 activates MDSC [46]');
  });
});
