// The copied-wording check shared by the data tests: a text fails when it repeats a run of
// seven words of the review (kept as hashes in tests/fixtures), unless the run is mostly
// entity names or numbers, which makes it a list of things rather than copied prose.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExonetGraph } from '../../../src/core/model/types';
import { wordRuns, words } from '../../../src/core/stats/wordRuns';

const fingerprint: { hashes: string[] } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'review-word-runs.json'), 'utf8'));
const reviewRuns = new Set(fingerprint.hashes);

/** The texts among `texts` that copy a seven-word run of the review. */
export function textsCopyingTheReview(graph: ExonetGraph, texts: readonly string[]): string[] {
  const names = new Set(graph.nodes.flatMap((n) => [n.label, ...(n.aliases ?? [])].flatMap(words)));
  const isName = (w: string) => names.has(w) || /\d/.test(w);
  return texts.filter((t) => wordRuns(words(t)).some((r) => reviewRuns.has(r.hash) && r.words.filter(isName).length < 4));
}
