// Reading a source text for the curation audit: each section's lines (from the graph's
// source.sections spans; a section resumes after a figure or a table), cut into sentences;
// for each sentence that cites references, where it is, what it cites, and keys of the words
// around it (hashed, so a fixture of locations carries no text). Pure: text in, data out.

import { normalizeName } from '../model/normalizeName';
import type { Result, SourceSection } from '../model/types';
import { citedNumbers } from '../stats/citedNumbers';
import { fnv1a, wordRuns, words } from '../stats/wordRuns';

/** A sentence of the text that cites references. */
export interface LocatedSentence {
  section: string;
  /** Line (1-based) of its first citation. */
  line: number;
  refs: number[];
  /** Hashed word keys of the sentence and the one before it (what "near" means). */
  keys: string[];
  /** Hedging words in the sentence ("may", "is thought"), when there are any. */
  hedges?: string[];
}

export interface TextLocations {
  sentences: LocatedSentence[];
  /** Section slug -> every reference number its lines cite. */
  sectionRefs: Record<string, number[]>;
  /** Hashes of every run of seven words of the text. */
  runs: ReadonlySet<string>;
}

const HEDGES = ['may', 'might', 'could', 'possibly', 'is thought', 'are thought', 'is believed', 'are believed', 'seems', 'seem', 'it has been suggested', 'likely', 'presumably'];
const ABBREVIATIONS = /(?:\bet al|\be\.g|\bi\.e|\bFig|\bFigs|\bvs|\bca|\bNo|\bref|\bsp)\.$/i;

/** Word keys as the audit compares them: case, hyphens, Greek spelling and a plural "s" ignored. */
export function wordKey(word: string): string {
  const norm = normalizeName(word);
  return norm.length > 3 && norm.endsWith('s') ? norm.slice(0, -1) : norm;
}

/** The hashed keys of a stretch of text: each whitespace word, and its parts between hyphens or slashes. */
export function textKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const token of text.replace(/-\s*\n\s*/g, '-').split(/\s+/)) {
    for (const part of [token, ...token.split(/[-‐‑–/]+/)]) {
      const key = wordKey(part);
      if (key) keys.add(fnv1a(key));
    }
  }
  return keys;
}

/** Whether a name occurs among the keys: all its words, or the name written as one word. */
export function mentions(keys: ReadonlySet<string>, name: string, slug = false): boolean {
  const parts = (slug ? name.split('-') : name.split(/\s+/)).map(wordKey).filter(Boolean);
  if (!parts.length) return false;
  if (parts.every((p) => keys.has(fnv1a(p)))) return true;
  const whole = wordKey(name);
  return whole !== '' && keys.has(fnv1a(whole));
}

interface Stream {
  text: string;
  /** Line number of each character. */
  lineAt: number[];
}

function sectionStream(lines: readonly string[], spans: ReadonlyArray<[number, number]>): Stream {
  let text = '';
  const lineAt: number[] = [];
  for (const [first, last] of spans) {
    for (let n = first; n <= Math.min(last, lines.length); n++) {
      const line = `${lines[n - 1]}\n`;
      text += line;
      for (let i = 0; i < line.length; i++) lineAt.push(n);
    }
  }
  return { text, lineAt };
}

/** Sentence boundaries: a full stop, question or exclamation mark (not after an abbreviation),
 * white space, then a capital, a digit or an opening bracket. */
function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s+[A-Z0-9(“"])/g)) {
    const end = m.index + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 8), end))) continue;
    spans.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim()) spans.push([start, text.length]);
  return spans;
}

function hedgesIn(sentence: string): string[] {
  const flat = ` ${sentence.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ').toLowerCase()} `;
  return HEDGES.filter((h) => flat.includes(` ${h} `));
}

/** The citation sentences of a text, by the graph's sections; an error when no section has line spans. */
export function locateText(text: string, sections: readonly SourceSection[]): Result<TextLocations> {
  const withLines = sections.filter((s) => s.lines?.length);
  if (!withLines.length) {
    return { ok: false, problems: [{ where: 'source.sections', message: 'the graph gives no line spans for its sections (lines: [[first, last]]), so the text cannot be divided into sections' }] };
  }
  const lines = text.split(/\r?\n/);
  const sentences: LocatedSentence[] = [];
  const sectionRefs: Record<string, number[]> = {};
  for (const section of withLines) {
    const stream = sectionStream(lines, section.lines!);
    const refs = new Set<number>();
    let previous = '';
    for (const [start, end] of sentenceSpans(stream.text)) {
      const sentence = stream.text.slice(start, end);
      const cited = citedNumbers(sentence);
      if (cited.length) {
        cited.forEach((n) => refs.add(n));
        const bracket = sentence.search(/\[[0-9]/);
        const hedges = hedgesIn(sentence);
        sentences.push({
          section: section.slug,
          line: stream.lineAt[start + Math.max(0, bracket)],
          refs: cited,
          keys: [...textKeys(`${previous}\n${sentence}`)],
          ...(hedges.length ? { hedges } : {}),
        });
      }
      previous = sentence;
    }
    sectionRefs[section.slug] = [...refs].sort((a, b) => a - b);
  }
  return { ok: true, value: { sentences, sectionRefs, runs: new Set(wordRuns(words(text)).map((r) => r.hash)) } };
}
