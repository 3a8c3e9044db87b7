// Text locations as a fixture: the citation sentences (section, line, references, hedge
// words) and hashed word keys, with each key stored once, and the hashes of the text's
// seven-word runs. It holds no text, so tests can audit the curated data without the review.

import type { LocatedSentence, TextLocations } from './locateText';

export interface PackedLocations {
  /** Every distinct word key hash; sentences refer to them by index. */
  keys: string[];
  sentences: Array<{ section: string; line: number; refs: number[]; keys: number[]; hedges?: string[] }>;
}

export function packLocations(locations: TextLocations): PackedLocations {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const sentences = locations.sentences.map(({ keys: own, ...rest }) => ({
    ...rest,
    keys: own.map((k) => {
      let i = index.get(k);
      if (i === undefined) {
        i = keys.length;
        keys.push(k);
        index.set(k, i);
      }
      return i;
    }),
  }));
  return { keys, sentences };
}

/** Locations from a packed fixture and the run hashes of the text (the word-run fingerprint). */
export function unpackLocations(packed: PackedLocations, runs: Iterable<string>): TextLocations {
  const sentences: LocatedSentence[] = packed.sentences.map((s) => ({ ...s, keys: s.keys.map((i) => packed.keys[i]) }));
  const sectionRefs: Record<string, Set<number>> = {};
  for (const s of sentences) for (const r of s.refs) (sectionRefs[s.section] ??= new Set()).add(r);
  return {
    sentences,
    sectionRefs: Object.fromEntries(Object.entries(sectionRefs).map(([k, v]) => [k, [...v].sort((a, b) => a - b)])),
    runs: new Set(runs),
  };
}
