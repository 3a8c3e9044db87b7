// A reference entry from structured fields (CSL-JSON, RIS, BibTeX), with its text written
// the way article pages write them: "Iraci N, Leonardi T. Title. Journal. 2016;17:171."

import type { ReferenceEntry } from '../model/types';

export interface EntryFields {
  /** Family name first, given names (or initials) after. */
  authors: Array<{ family: string; given?: string }>;
  title?: string;
  container?: string;
  year?: number;
  volume?: string;
  pages?: string;
  doi?: string;
}

const DOI = /\b(10\.\d{4,9}\/[^\s"<>]+)/;

export function cleanDoi(value: string | undefined): string | undefined {
  const m = value ? DOI.exec(value) : null;
  return m ? m[1].replace(/[.,;)\]]+$/, '') : undefined;
}

export function yearIn(text: string | undefined): number | undefined {
  const m = text ? /\b(1[89]\d{2}|20\d{2})\b/.exec(text) : null;
  return m ? Number(m[1]) : undefined;
}

const initials = (given: string | undefined) =>
  (given ?? '').split(/[\s.-]+/).filter(Boolean).map((g) => g[0].toUpperCase()).join('');

export function composeEntry(n: number, f: EntryFields): ReferenceEntry {
  const names = f.authors.map((a) => [a.family, initials(a.given)].filter(Boolean).join(' '));
  const where = [f.year, f.volume ? `;${f.volume}` : '', f.pages ? `:${f.pages}` : ''].join('');
  const parts = [names.join(', '), f.title, f.container, where].map((p) => (p === undefined ? '' : String(p).trim().replace(/\.$/, ''))).filter(Boolean);
  const text = `${parts.join('. ')}.${f.doi ? ` doi:${f.doi}` : ''}`;
  const authors = f.authors.map((a) => a.family).filter(Boolean);
  return { n, text, ...(f.doi ? { doi: f.doi } : {}), ...(f.year ? { year: f.year } : {}), ...(authors.length ? { authors } : {}) };
}

/** "Iraci, Nunzio" or "Nunzio Iraci" -> { family, given }. */
export function splitName(name: string): { family: string; given?: string } {
  const trimmed = name.trim();
  const comma = trimmed.indexOf(',');
  if (comma >= 0) return { family: trimmed.slice(0, comma).trim(), given: trimmed.slice(comma + 1).trim() || undefined };
  const words = trimmed.split(/\s+/);
  if (words.length === 1) return { family: words[0] };
  // "N. Iraci" or "Nunzio Iraci": the last word is the family name.
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}
