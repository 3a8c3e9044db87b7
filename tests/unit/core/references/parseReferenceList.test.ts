import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachReferences } from '../../../../src/core/references/attachReferences';
import { parseReferenceList } from '../../../../src/core/references/parseReferenceList';
import { formatRefs, shortCitation } from '../../../../src/core/references/shortCitation';
import { tinyGraph } from '../../fixtures/tinyGraph';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'references', name), 'utf8');

function entries(text: string) {
  const parsed = parseReferenceList(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return parsed.value;
}

describe('core/references', () => {
  it('should read a numbered list copied from an article page, with wrapped lines and link texts', () => {
    const list = entries(fixture('numbered.txt'));
    expect(list.map((e) => [e.n, e.authors, e.year, e.doi])).toEqual([
      [1, ['Iraci', 'Leonardi', 'Gessler', 'Vega', 'Pluchino'], 2016, undefined],
      [2, ['Marlow', 'Quist'], 2019, '10.1234/jib.2019.11'],
      [3, ['Veldt'], 2024, undefined],
    ]);
    expect(list[1].text).toBe('Marlow P, Quist A. Lumin in glioma vesicles. J Invented Biol. 2019;4:11–19. https://doi.org/10.1234/jib.2019.11.');
    expect(list.map(shortCitation)).toEqual(['Iraci et al. 2016', 'Marlow and Quist 2019', 'Veldt 2024']);
  });

  it('should read BibTeX with LaTeX accents', () => {
    const list = entries(fixture('list.bib'));
    expect(list.map((e) => [e.n, e.authors, e.year, e.doi])).toEqual([
      [1, ['Iraci', 'Leonardi', 'Gessler'], 2016, '10.3390/ijms17020171'],
      [2, ['Müller', 'Quist'], 2019, undefined],
    ]);
    expect(list[1].text).toBe('Müller J, Quist A. A made-up BibTeX entry. Journal of Invented Examples. 2019.');
  });

  it('should read RIS and CSL-JSON', () => {
    expect(entries(fixture('list.ris')).map(shortCitation)).toEqual(['Iraci et al. 2016', 'Quist 2021']);
    const csl = JSON.stringify([
      { 'citation-number': 7, author: [{ family: 'Iraci', given: 'Nunzio' }], issued: { 'date-parts': [[2016, 2]] }, title: 'Focus', DOI: 'https://doi.org/10.3390/ijms17020171' },
    ]);
    expect(entries(csl)).toEqual([{ n: 7, text: 'Iraci N. Focus. 2016. doi:10.3390/ijms17020171', doi: '10.3390/ijms17020171', year: 2016, authors: ['Iraci'] }]);
  });

  it('should name the line of a malformed list', () => {
    const bad = (text: string) => {
      const parsed = parseReferenceList(text);
      return parsed.ok ? [] : parsed.problems.map((p) => `${p.where}: ${p.message}`);
    };
    expect(bad('Some heading\n1. Iraci N. Title. 2016.')).toEqual(['line 1: expected an entry that starts with its number ("1. Iraci N, Leonardi T. …"), got "Some heading"']);
    expect(bad('1. Iraci N. A. 2016.\n\n3. Doe J. B. 2017.\n2. Roe K. C. 2018.')).toEqual(['line 4: entry 2 comes after entry 3; the numbers must go up']);
    expect(bad('@article{a,\n title = {x},\n author = {Broken\n')).toEqual([expect.stringMatching(/^line \d+: not valid BibTeX/)]);
    expect(bad('TY  - JOUR\nAU  - Doe, J\n')).toEqual(['end of file: the last record has no "ER  -" line']);
    expect(bad('[{"citation-number": "x"}]')).toEqual(['item 1: citation-number x is not a whole number of 1 or more']);
    expect(bad('   ')).toEqual(['file: the reference list is empty']);
  });

  it('should attach entries within the graph range and show author-year beside the number', () => {
    const graph = tinyGraph();
    const attached = attachReferences(graph, entries('121. Iraci N, Leonardi T, Vega B. Focus. 2016.\n122. Doe J. Other. 2018.'));
    expect(attached.ok).toBe(true);
    if (!attached.ok) return;
    expect(formatRefs(attached.value, [121, 122, 200])).toBe('[121 Iraci et al. 2016, 122 Doe 2018, 200]');
    expect(formatRefs(graph, [121])).toBe('[121]');
    expect(attachReferences(graph, entries('281. Too M. Far. 2020.'))).toEqual({ ok: false, problems: [{ where: 'entry 281', message: '281 is not an integer from 1 to 280, the references of "A tiny review"' }] });
  });
});
