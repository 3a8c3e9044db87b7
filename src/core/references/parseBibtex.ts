// BibTeX reference lists, parsed by bibtex-parse; entries are numbered in their order.
// Common LaTeX accents are turned into letters (M{\"u}ller -> Müller).

import bibtexParse from 'bibtex-parse';
import type { ReferenceEntry, Result } from '../model/types';
import { cleanDoi, composeEntry, splitName, yearIn } from './composeEntry';

const ACCENTS: Record<string, string> = { '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', c: '\u0327', v: '\u030c', '=': '\u0304', '.': '\u0307' };

export function latexToText(value: string): string {
  return value
    .replace(/\\([\x22'`^~cv=.])\s*\{?\\?([A-Za-z])\}?/g, (_, accent: string, letter: string) => `${letter}${ACCENTS[accent]}`.normalize('NFC'))
    .replace(/\\(ss|o|O|ae|AE|l|L)\b\s*/g, (_, c: string) => ({ ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', l: 'ł', L: 'Ł' })[c] ?? c)
    // bibtex-parse drops the backslash and braces of {\"u}, leaving "u inside a word.
    .replace(/(?<=\p{L})"([aeiouyAEIOUY])/gu, (_, v: string) => `${v}\u0308`.normalize('NFC'))
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseBibtex(source: string): Result<ReferenceEntry[]> {
  let parsed: ReturnType<typeof bibtexParse.entries>;
  try {
    parsed = bibtexParse.entries(source);
  } catch (error) {
    const e = error as { message?: string; location?: { start?: { line?: number } } };
    const line = e.location?.start?.line;
    return { ok: false, problems: [{ where: line ? `line ${line}` : 'file', message: `not valid BibTeX: ${e.message ?? String(error)}` }] };
  }
  if (!parsed.length) return { ok: false, problems: [{ where: 'file', message: 'no BibTeX entry found' }] };
  const field = (entry: Record<string, unknown>, name: string) => {
    const v = entry[name];
    return typeof v === 'string' || typeof v === 'number' ? latexToText(String(v)) : undefined;
  };
  return {
    ok: true,
    value: parsed.map((entry, i) =>
      composeEntry(i + 1, {
        authors: (field(entry, 'AUTHOR') ?? '').split(/\s+and\s+/).filter((a) => a.trim() && a.trim() !== 'others').map(splitName),
        title: field(entry, 'TITLE'),
        container: field(entry, 'JOURNAL') ?? field(entry, 'BOOKTITLE'),
        year: yearIn(field(entry, 'YEAR')),
        volume: field(entry, 'VOLUME'),
        pages: field(entry, 'PAGES')?.replace(/--/g, '–'),
        doi: cleanDoi(field(entry, 'DOI')),
      }),
    ),
  };
}
