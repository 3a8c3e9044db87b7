// Generates graph-data/section-refs.json: for each section slug, the reference numbers
// its text cites, read from the review text. The tests check every evidence item against
// it without reading ../shared at run time.
// Usage: npx tsx scripts/section-refs.ts [path/to/review.txt]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_DATA_DIR } from '../src/cli/loadGraph';
import { citedNumbers } from '../src/core/stats/citedNumbers';
import { RANGES } from './reviewSectionRanges';

const reviewPath = process.argv[2] ?? join(GRAPH_DATA_DIR, '..', '..', 'shared', 'review', 'review.txt');
const lines = readFileSync(reviewPath, 'utf8').split('\n');
const bySection: Record<string, Set<number>> = {};
for (const { slug, from, to } of RANGES) {
  const text = lines.slice(from - 1, Math.min(to, lines.length)).join('\n');
  const set = (bySection[slug] ??= new Set());
  for (const n of citedNumbers(text)) set.add(n);
}
const out = Object.fromEntries(Object.entries(bySection).map(([slug, set]) => [slug, [...set].sort((a, b) => a - b)]));
writeFileSync(join(GRAPH_DATA_DIR, 'section-refs.json'), `${JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"')}\n`);
const all = new Set(Object.values(out).flat());
console.log(`section-refs: ${Object.keys(out).length} sections, ${all.size} distinct references -> graph-data/section-refs.json`);
