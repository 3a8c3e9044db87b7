// Writes tests/fixtures/review-locations.json: the review's citation sentences as locations
// only (section, line, reference numbers, hedge words, hashed word keys), cut by the section
// line spans of graph-data/meta.json, so the data tests can audit the curated graph without
// the review's text. Regenerate after changing the spans or the text.
// Usage: npx tsx scripts/review-locations.ts [path/to/review.txt]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateText } from '../src/core/audit/locateText';
import { packLocations } from '../src/core/audit/packLocations';
import type { SourceSection } from '../src/core/model/types';
import { GRAPH_DATA_DIR } from '../src/cli/loadGraph';

const reviewPath = process.argv[2] ?? join(GRAPH_DATA_DIR, '..', '..', 'shared', 'review', 'review.txt');
const meta = JSON.parse(readFileSync(join(GRAPH_DATA_DIR, 'meta.json'), 'utf8')) as { source: { sections: SourceSection[] } };
const located = locateText(readFileSync(reviewPath, 'utf8'), meta.source.sections);
if (!located.ok) throw new Error(located.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
const packed = packLocations(located.value);
const lines = [
  '{',
  `"keys": ${JSON.stringify(packed.keys)},`,
  '"sentences": [',
  packed.sentences.map((s) => JSON.stringify(s)).join(',\n'),
  ']}',
];
writeFileSync(join(GRAPH_DATA_DIR, '..', 'tests', 'fixtures', 'review-locations.json'), `${lines.join('\n')}\n`);
console.log(`review-locations: ${packed.sentences.length} citation sentences, ${packed.keys.length} word keys -> tests/fixtures/review-locations.json`);
