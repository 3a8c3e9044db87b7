// Reading a reference list in any of the forms curators have at hand: the numbered list as
// copied from the article page ("1. Iraci N, Leonardi T, … Int J Mol Sci. 2016;17:171."),
// CSL-JSON, RIS or BibTeX (parsed by bibtex-parse). Each entry becomes { n, text, doi?,
// year?, authors? }. Never throws: a malformed list gets problems that name the line.

import type { Problem, ReferenceEntry, Result } from '../model/types';
import { cleanDoi, yearIn } from './composeEntry';
import { parseBibtex } from './parseBibtex';
import { parseCslJson } from './parseCslJson';
import { parseRis } from './parseRis';

export const MAX_REFERENCE_LIST_BYTES = 5 * 1024 * 1024;

export type ReferenceFormat = 'numbered' | 'csl-json' | 'ris' | 'bibtex';

export function detectReferenceFormat(text: string): ReferenceFormat {
  const start = text.trimStart();
  if (start.startsWith('[') && !/^\[\d+\]/.test(start)) return 'csl-json';
  if (start.startsWith('{')) return 'csl-json';
  if (/^TY {2}- /m.test(text)) return 'ris';
  if (/^\s*@[A-Za-z]+\s*[{(]/m.test(text)) return 'bibtex';
  return 'numbered';
}

/** Link texts that article pages put after each entry. */
const PAGE_LINKS = /^(?:(?:Article|PubMed Central|PubMed|Google Scholar|CAS|MathSciNet|ADS|Crossref|Web of Science|Full Text|Abstract)\s*)+$/i;
const ENTRY_START = /^\s*(?:\[(\d+)\]|(\d+)[.)]?)\s+(\S.*)$/;

/** Family names from "Iraci N, Leonardi T, van der Berg AB, et al." (initials dropped). */
export function familyNames(authorPart: string): string[] {
  return authorPart
    .split(/,\s*/)
    .map((a) => a.trim())
    .filter((a) => a && !/^et al\.?$/i.test(a))
    .map((a) => a.replace(/\s+[A-Z][A-Z.-]{0,4}$/u, '').trim())
    .filter(Boolean);
}

/** One numbered entry: authors before the first ". ", then the year and the DOI anywhere. */
export function numberedEntry(n: number, text: string): ReferenceEntry {
  const authorsEnd = text.search(/\.\s/);
  const authors = authorsEnd > 0 ? familyNames(text.slice(0, authorsEnd)) : [];
  const year = yearIn(text.slice(Math.max(0, authorsEnd)));
  const doi = cleanDoi(text);
  return { n, text, ...(doi ? { doi } : {}), ...(year ? { year } : {}), ...(authors.length ? { authors } : {}) };
}

function parseNumbered(text: string): Result<ReferenceEntry[]> {
  const entries: Array<{ n: number; parts: string[]; line: number }> = [];
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || PAGE_LINKS.test(line)) return;
    const m = ENTRY_START.exec(line);
    const last = entries[entries.length - 1];
    if (m) {
      const n = Number(m[1] ?? m[2]);
      if (last && n <= last.n) {
        problems.push({ where: `line ${i + 1}`, message: `entry ${n} comes after entry ${last.n}; the numbers must go up` });
        return;
      }
      if (n < 1) {
        problems.push({ where: `line ${i + 1}`, message: 'reference numbers start at 1' });
        return;
      }
      entries.push({ n, parts: [m[3]], line: i + 1 });
    } else if (last) {
      last.parts.push(line);
    } else {
      problems.push({ where: `line ${i + 1}`, message: `expected an entry that starts with its number ("1. Iraci N, Leonardi T. …"), got "${line.slice(0, 40)}"` });
    }
  });
  if (!entries.length && !problems.length) problems.push({ where: 'line 1', message: 'no numbered entry found ("1. Iraci N, Leonardi T. …")' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: entries.map((e) => numberedEntry(e.n, e.parts.join(' ').replace(/\s+/g, ' ').trim())) };
}

export function parseReferenceList(text: string): Result<ReferenceEntry[]> {
  if (text.length > MAX_REFERENCE_LIST_BYTES) {
    return { ok: false, problems: [{ where: 'file', message: `the list is larger than ${MAX_REFERENCE_LIST_BYTES / 1024 / 1024} MB` }] };
  }
  if (!text.trim()) return { ok: false, problems: [{ where: 'file', message: 'the reference list is empty' }] };
  switch (detectReferenceFormat(text)) {
    case 'csl-json':
      return parseCslJson(text);
    case 'ris':
      return parseRis(text);
    case 'bibtex':
      return parseBibtex(text);
    default:
      return parseNumbered(text);
  }
}
