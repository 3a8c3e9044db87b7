// The sentences of a review's text, each with the section it belongs to, the line it starts
// on and the reference numbers it cites. The text is plain text from a PDF: words hyphenated
// at line ends are joined again, and a section whose running text goes on around a caption or
// a table is read as one stream, so a sentence interrupted by a caption stays one sentence.

import { citedNumbers } from '../stats/citedNumbers';

/** Lines (1-based, inclusive) that belong to a section; one slug may have several ranges. */
export interface SectionRange {
  slug: string;
  from: number;
  to: number;
}

export interface ReviewSentence {
  section: string;
  /** The line (1-based) where the sentence starts. */
  line: number;
  /** The reference numbers the sentence cites, ascending. */
  refs: number[];
  text: string;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\bet al|\be\.g|\bi\.e|\bFig|\bFigs|\bvs|\bapprox|\bca|\bNo|\bresp|\bcf|\bal)\.$/i;

interface Piece {
  text: string;
  line: number;
}

/** The running text of a section's lines, hyphenation joined, with the line of every character. */
function stream(lines: readonly string[], ranges: readonly SectionRange[]): { text: string; lineAt: number[] } {
  let text = '';
  const lineAt: number[] = [];
  const append = (s: string, line: number) => {
    text += s;
    for (let i = 0; i < s.length; i++) lineAt.push(line);
  };
  for (const { from, to } of ranges) {
    for (let n = from; n <= Math.min(to, lines.length); n++) {
      const raw = lines[n - 1].replace(/\u00a0/g, ' ').trim();
      if (raw === '') {
        append('\n\n', n);
        continue;
      }
      const hyphenated = /[a-z]-$/.test(raw) && /^[a-z]/.test((lines[n] ?? '').replace(/\u00a0/g, ' ').trim());
      append(hyphenated ? raw.slice(0, -1) : `${raw} `, n);
    }
    append('\n\n', to);
  }
  return { text, lineAt };
}

function splitPieces(text: string, lineAt: readonly number[]): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/\s+/g, ' ');
    if (trimmed) pieces.push({ text: trimmed, line: lineAt[start + lead] ?? lineAt[start] });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' && text[i + 1] === '\n') {
      // A blank line ends a paragraph, but a PDF page or column break inside a sentence
      // leaves one too: only a blank line after a full stop ends the sentence.
      if (/[.?!]\s*$/.test(text.slice(Math.max(start, i - 4), i))) push(i);
      continue;
    }
    if (!'.?!'.includes(text[i])) continue;
    const after = text.slice(i + 1, i + 4);
    if (!/^\s+["“(]?[A-Z0-9[]/.test(after)) continue;
    if (text[i] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i + 1))) continue;
    if (text[i] === '.' && /\d$/.test(text.slice(0, i)) && /^\s*\d/.test(after)) continue;
    push(i + 1);
  }
  push(text.length);
  return pieces;
}

/** Every sentence of the text (as lines) that falls in one of the sections' ranges. */
export function reviewSentences(lines: readonly string[], ranges: readonly SectionRange[]): ReviewSentence[] {
  const bySlug = new Map<string, SectionRange[]>();
  for (const range of ranges) bySlug.set(range.slug, [...(bySlug.get(range.slug) ?? []), range]);
  const sentences: ReviewSentence[] = [];
  for (const [slug, slugRanges] of bySlug) {
    const { text, lineAt } = stream(lines, slugRanges);
    for (const piece of splitPieces(text, lineAt)) {
      sentences.push({ section: slug, line: piece.line, refs: citedNumbers(piece.text), text: piece.text });
    }
  }
  return sentences.sort((a, b) => a.line - b.line);
}
