// The copied-wording check for texts that are not claims (story captions and notes): the
// audit's own check, against the review's seven-word fingerprint kept in tests/fixtures.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copiedRunIn, nameWordsOf } from '../../../src/core/audit/auditGraph';
import type { ExonetGraph } from '../../../src/core/model/types';

const fingerprint: { hashes: string[] } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'review-word-runs.json'), 'utf8'));
const reviewRuns = new Set(fingerprint.hashes);

/** The texts among `texts` that copy a seven-word run of the review. */
export function textsCopyingTheReview(graph: ExonetGraph, texts: readonly string[]): string[] {
  const names = nameWordsOf(graph);
  return texts.filter((t) => copiedRunIn(t, reviewRuns, names) !== null);
}
