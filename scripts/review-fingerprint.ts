// Writes tests/fixtures/review-word-runs.json: the hashes of every run of seven consecutive
// words of the review, so the tests can check that no claim copies the review's wording
// without keeping the review's text in the repository.
// Usage: npx tsx scripts/review-fingerprint.ts [path/to/review.txt]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_DATA_DIR } from '../src/cli/loadGraph';
import { RUN_SIZE, wordRuns, words } from '../src/core/stats/wordRuns';

const reviewPath = process.argv[2] ?? join(GRAPH_DATA_DIR, '..', '..', 'shared', 'review', 'review.txt');
const hashes = [...new Set(wordRuns(words(readFileSync(reviewPath, 'utf8'))).map((r) => r.hash))].sort();
writeFileSync(join(GRAPH_DATA_DIR, '..', 'tests', 'fixtures', 'review-word-runs.json'), `${JSON.stringify({ size: RUN_SIZE, hashes })}\n`);
console.log(`review-fingerprint: ${hashes.length} runs of ${RUN_SIZE} words -> tests/fixtures/review-word-runs.json`);
