// Generates tests/fixtures/hedged-sentences.json: where the review hedges a statement
// ("may", "is thought", "it has been suggested"), as locations only (section, line,
// reference numbers, hedging words), never the review's text. The data tests check every
// evidence item marked `certainty: "hedged"` against it without reading ../shared.
// Usage: npx tsx scripts/hedge-locations.ts [path/to/review.txt]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_DATA_DIR } from '../src/cli/loadGraph';
import { findHedgeWords } from '../src/core/review/hedgeWords';
import { reviewSentences } from '../src/core/review/reviewSentences';
import { RANGES } from './reviewSectionRanges';

const reviewPath = process.argv[2] ?? join(GRAPH_DATA_DIR, '..', '..', 'shared', 'review', 'review.txt');
const outPath = join(GRAPH_DATA_DIR, '..', 'tests', 'fixtures', 'hedged-sentences.json');

const sentences = reviewSentences(readFileSync(reviewPath, 'utf8').split('\n'), RANGES);
const hedged = sentences.flatMap((sentence) => {
  const hedges = findHedgeWords(sentence.text);
  if (!hedges.length) return [];
  // A hedged sentence without a citation of its own is often backed by the next or the
  // previous sentence's references (in the section's running text, around a caption or a
  // table); they are kept apart as nearRefs.
  const ofSection = sentences.filter((s) => s.section === sentence.section);
  const i = ofSection.indexOf(sentence);
  const near = [ofSection[i - 1], ofSection[i + 1]].filter(Boolean).flatMap((s) => s.refs);
  return [{ section: sentence.section, line: sentence.line, refs: sentence.refs, nearRefs: [...new Set(near)].sort((a, b) => a - b), hedges }];
});

const body = hedged.map((h) => `  ${JSON.stringify(h)}`).join(',\n');
writeFileSync(outPath, `{\n "sentences": ${sentences.length},\n "hedged": [\n${body}\n ]\n}\n`);
console.log(`hedge-locations: ${hedged.length} hedged of ${sentences.length} sentences -> tests/fixtures/hedged-sentences.json`);
